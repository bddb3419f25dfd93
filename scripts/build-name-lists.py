#!/usr/bin/env python3
"""Regenerates the minimiser's name and word lists in core/data/names/ (see SOURCES.md there).

Inputs (downloaded with the ordinary clients, nothing else):
  pip download deduce==3.0.6 --no-deps -d /tmp/deduce && unzip -o /tmp/deduce/*.whl -d /tmp/deduce/x
  apt-get download wdutch wamerican && dpkg-deb -x wdutch_*.deb /tmp/wdutch && dpkg-deb -x wamerican_*.deb /tmp/wamerican

Usage: scripts/build-name-lists.py /tmp/deduce/x /tmp/wdutch /tmp/wamerican
The lists are folded (lower case, accents removed, as `text::fold` does), sorted and unique;
build.rs turns them into fst sets at compile time.
"""
import os
import sys
import unicodedata

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "core", "data", "names")


def fold(s):
    s = unicodedata.normalize("NFKD", s.strip())
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def read(path, keep=lambda w: True):
    out = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            w = fold(line)
            if w and keep(line.strip()):
                out.add(w)
    return out


def write(name, words):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for w in sorted(words, key=lambda w: w.encode()):
            f.write(w + "\n")
    print(f"{name}: {len(words)}")


def main(deduce, wdutch, wamerican):
    lookup = os.path.join(deduce, "deduce", "data", "lookup", "src")
    own = os.path.join(HERE, "own")
    single = lambda w: " " not in w and len(w) >= 2

    first = read(os.path.join(lookup, "names", "lst_first_name", "items.txt"))
    first |= read(os.path.join(own, "first_names.txt"))
    sur = read(os.path.join(lookup, "names", "lst_surname", "items.txt"))
    sur |= {w.split(" ")[-1] for w in read(os.path.join(lookup, "names", "lst_interfix_surname", "items.txt"))}
    own_sur = {w.split(" ")[-1] for w in read(os.path.join(own, "surnames.txt"))}
    sur |= own_sur
    confident = (read(os.path.join(own, "first_names.txt")) | own_sur) - read(os.path.join(own, "ambiguous.txt"))

    # Ordinary words: the lower-case entries of the Dutch and English word lists, up to 12
    # letters (longer words are compounds, never confused with a name), and deduce's common words.
    words = set()
    for path in (os.path.join(wdutch, "usr", "share", "dict", "dutch"),
                 os.path.join(wamerican, "usr", "share", "dict", "american-english")):
        words |= read(path, lambda w: w[:1].islower() and "'" not in w and " " not in w and len(w) <= 12)
    for sub in ("lst_common_word", "lst_stop_word"):
        words |= read(os.path.join(lookup, "whitelist", sub, "items.txt"))

    places = set()
    for sub in ("lst_residence", "lst_municipality", "lst_province", "lst_region"):
        places |= read(os.path.join(lookup, "locations", "lst_placename", sub, "items.txt"))
    stop = read(os.path.join(own, "stop.txt"))

    # Streets without a suffix ("Slinge"): a number after one is an address. Single words that
    # are no ordinary word and no name.
    suffixes = ("straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dijk", "hof", "pad",
                "steeg", "dreef", "park", "markt", "wal", "veld", "baan", "ring", "plantsoen", "erf",
                "haven", "allee", "boulevard", "poort", "zijde", "vaart", "wetering", "kamp", "rak",
                "sloot", "weide", "akker", "tuin", "tuinen", "hoeve", "passage", "promenade")
    streets = {w for w in read(os.path.join(lookup, "locations", "lst_street", "items.txt"))
               if single(w) and w.isalpha() and len(w) >= 4 and not w.endswith(suffixes)
               and w not in words and w not in first and w not in sur and w not in stop and w not in places}

    write("first_names.txt", {w for w in first if single(w)})
    write("surnames.txt", {w for w in sur if single(w)})
    write("confident_names.txt", {w for w in confident if single(w)})
    write("words.txt", {w for w in words if single(w) or len(w) == 1})
    write("stop.txt", stop)
    write("places.txt", places)
    write("figures.txt", read(os.path.join(own, "figures.txt")))
    write("streets.txt", streets)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
