#!/usr/bin/env python3
"""Counts the English words in the shipped Norwegian and Danish briefings: the measure of issue 21's "every word in
the reader's language".

Runs the tool (`--tool`, default .build/debug/nordic-compare, from the repository root) over the shipped
configuration: `run --lang L --history H --format markdown,html,docx,latex` for L in nb, da and H in latest, all, and
`show ID --lang L` for every initiative. A word counts as English when the `wordfreq` package (PyPI; its word lists
ship in the package) rates it common in English (Zipf frequency >= 3) and at least 1.5 Zipf points more common in
English than in the briefing's language. Left out: the source lists (titles, publishers and locators cite documents
as they are written), country codes and the tool's name. Everything else a reader sees counts: tables, legends,
title blocks, chart captions. Names that are the initiatives' own ("Digital Europe Programme") count too, so the
count is an upper bound of what the tool or the plugins could still give in the reader's language.

Prints one line per language, history and format, and with --words the words themselves. Not part of CI (it needs
wordfreq); run it by hand: python3 -m pip install wordfreq && python3 scripts/count_english_words.py
"""
import argparse
import collections
import html
import pathlib
import re
import subprocess
import sys
import tempfile
import zipfile

from wordfreq import zipf_frequency


def is_english(word, language):
    if (word.isupper() and len(word) <= 3) or word in ('nordic-compare', 'SHA-'):
        return False
    lower = word.lower()
    english = zipf_frequency(lower, 'en')
    return english >= 3 and english - zipf_frequency(lower, language) >= 1.5


def words(text):
    return re.findall(r"[A-Za-zÆØÅæøåÉéÖöÄä’'-]+", text)


def markdown_text(files):
    kept = []
    for path in files:
        parts = re.split(r'\n\*\*(?:Sources|Kilder)\*\*\n', path.read_text())
        text = parts[0]
        for rest in parts[1:]:
            text += '\n'.join(line for line in rest.splitlines() if not line.startswith('- ['))
        kept.append(text)
    return '\n'.join(kept)


def html_text(path):
    text = path.read_text()
    text = re.sub(r'<style.*?</style>', ' ', text, flags=re.S)
    text = re.sub(r'<li id="src-.*?</li>', ' ', text, flags=re.S)
    return html.unescape(re.sub(r'<[^>]+>', ' ', text))


def docx_text(path):
    xml = zipfile.ZipFile(path).read('word/document.xml').decode()
    kept = []
    for paragraph in re.findall(r'<w:p[ >].*?</w:p>', xml, flags=re.S):
        text = ''.join(re.findall(r'<w:t[^>]*>([^<]*)</w:t>', paragraph))
        if not re.match(r'^\[\d+\]', text):
            kept.append(html.unescape(text))
    return '\n'.join(kept)


def latex_text(path):
    text = path.read_text()
    text = text[text.find('\\begin{document}'):]
    text = re.sub(r'^\\item\[\{\[\d+\]\}\].*$', ' ', text, flags=re.M)
    text = re.sub(r'(?<!\\)%.*', ' ', text)
    return re.sub(r'\\[A-Za-z]+\*?', ' ', text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--tool', default='.build/debug/nordic-compare')
    parser.add_argument('--words', action='store_true', help='print the words counted')
    arguments = parser.parse_args()
    tool = arguments.tool
    initiatives = [line.split()[0] for line in
                   subprocess.run([tool, 'list', 'initiatives'], check=True, capture_output=True, text=True).stdout.splitlines()
                   if line.strip()]
    total = 0
    with tempfile.TemporaryDirectory() as scratch:
        root = pathlib.Path(scratch)
        for language in ['nb', 'da']:
            for history in ['latest', 'all']:
                out = root / f'{language}-{history}'
                subprocess.run([tool, 'run', '--lang', language, '--history', history, '--format',
                                'markdown,html,docx,latex', '--output', str(out), '-q'], check=True)
                texts = [('markdown', markdown_text(sorted(out.glob('*.md')))),
                         ('html', html_text(out / 'briefing.html')), ('docx', docx_text(out / 'briefing.docx')),
                         ('latex', latex_text(out / 'briefing.tex'))]
                for name, text in texts:
                    counted = collections.Counter(w for w in words(text) if is_english(w, language))
                    total += sum(counted.values())
                    print(f'{language} {history:6} {name:8} {sum(counted.values())}')
                    if arguments.words and counted:
                        print('   ', ', '.join(f'{w} {n}' for w, n in counted.most_common()))
            shown = root / f'show-{language}'
            shown.mkdir()
            for initiative in initiatives:
                result = subprocess.run([tool, 'show', initiative, '--lang', language], check=True,
                                        capture_output=True, text=True)
                (shown / f'{initiative}.md').write_text(result.stdout)
            counted = collections.Counter(w for w in words(markdown_text(sorted(shown.glob('*.md'))))
                                          if is_english(w, language))
            total += sum(counted.values())
            print(f'{language} show   markdown {sum(counted.values())}')
            if arguments.words and counted:
                print('   ', ', '.join(f'{w} {n}' for w, n in counted.most_common()))
    return 0


if __name__ == '__main__':
    sys.exit(main())
