#!/usr/bin/env python3
"""The SQLite FTS5 peer of `tandem import`, for make bench (internal/benchproc).

Usage: fts5_peer.py DB FOLDER

Loads every .txt file under FOLDER (digest format: a title line, then
paragraphs separated by blank lines) into a new SQLite database DB, in one
transaction: the Chinese paragraphs of each file into a table tokenized by
trigram, the English ones into a table tokenized by porter unicode61. When
this SQLite lacks the trigram tokenizer, Chinese falls back to unicode61.
Prints one JSON object: files, raw bytes read, the Chinese tokenizer used,
database bytes and the bytes of the full-text index alone (the pages of
the FTS5 _data and _idx tables, without the stored text). Standard library only.
"""

import json
import os
import sqlite3
import sys


def is_chinese(text):
    """Whether a paragraph holds CJK ideographs (then it is the Chinese side)."""
    for ch in text:
        o = ord(ch)
        if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF:
            return True
    return False


def files(folder):
    """Every .txt file under folder, in a stable order."""
    for root, dirs, names in os.walk(folder):
        dirs.sort()
        for name in sorted(names):
            if name.endswith(".txt"):
                yield os.path.join(root, name)


def parse(path, stats):
    """Splits a digest file into title, Chinese text and English text."""
    with open(path, "rb") as f:
        data = f.read()
    stats["bytes"] += len(data)
    stats["files"] += 1
    text = data.decode("utf-8", errors="replace").replace("\r\n", "\n")
    title, _, body = text.partition("\n")
    zh, en = [], []
    for para in body.split("\n\n"):
        para = para.strip()
        if para:
            (zh if is_chinese(para) else en).append(para)
    return title.strip(), "\n".join(zh), "\n".join(en)


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: fts5_peer.py DB FOLDER")
    db, folder = sys.argv[1], sys.argv[2]
    if os.path.exists(db):
        os.remove(db)
    con = sqlite3.connect(db)
    zh_tok = "trigram"
    try:
        con.execute("create virtual table zh using fts5(path unindexed, title, body, tokenize='trigram')")
    except sqlite3.OperationalError:
        zh_tok = "unicode61"
        con.execute("create virtual table zh using fts5(path unindexed, title, body, tokenize='unicode61')")
    con.execute("create virtual table en using fts5(path unindexed, title, body, tokenize='porter unicode61')")
    stats = {"files": 0, "bytes": 0}
    with con:  # one transaction
        for path in files(folder):
            title, zh, en = parse(path, stats)
            con.execute("insert into zh(path, title, body) values (?, ?, ?)", (path, title, zh))
            con.execute("insert into en(path, title, body) values (?, ?, ?)", (path, title, en))
    # Pages of the full-text index proper (without the stored text), from
    # dbstat when this SQLite has it, else the bytes of the index blocks.
    index_tables = ("zh_data", "zh_idx", "en_data", "en_idx")
    try:
        index_bytes = con.execute(
            "select coalesce(sum(pgsize), 0) from dbstat where name in (?, ?, ?, ?)", index_tables
        ).fetchone()[0]
    except sqlite3.OperationalError:
        index_bytes = sum(
            con.execute(f"select coalesce(sum(length(block)), 0) from {t}_data").fetchone()[0] for t in ("zh", "en")
        )
    con.close()
    json.dump({
        "files": stats["files"],
        "raw_bytes": stats["bytes"],
        "zh_tokenizer": zh_tok,
        "sqlite": sqlite3.sqlite_version,
        "db_bytes": os.path.getsize(db),
        "index_bytes": index_bytes,
    }, sys.stdout)
    print()


if __name__ == "__main__":
    main()
