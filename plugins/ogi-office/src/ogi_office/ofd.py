from ogi.records import Match
SUFFIXES = (".ofd",)
def claim(source): return Match.NO
def extract(source, options): raise NotImplementedError
