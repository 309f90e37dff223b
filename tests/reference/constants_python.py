#!/usr/bin/env python3
"""Checks the catalogue's Python constants against the real http.HTTPStatus.

Every constant the catalogue gives must name the member with that value,
and every member whose code the catalogue holds must be given. Usage:
constants_python.py CATALOGUE.json
"""
import http
import json
import sys

catalogue = json.load(open(sys.argv[1], encoding='utf-8'))


def current(entry):
    """The symbol to use: the string, or a list's first current item."""
    value = entry.get('constants', {}).get('python')
    if isinstance(value, list):
        value = next((item if isinstance(item, str) else item['symbol'] for item in value
                      if isinstance(item, str) or item.get('state', 'current') == 'current'), None)
    return value


codes = {e['code']: e for e in catalogue['codes']}
problems = []
for code, entry in codes.items():
    symbol = current(entry)
    if symbol is None:
        continue
    prefix, _, name = symbol.partition('.')
    member = getattr(http.HTTPStatus, name, None) if prefix == 'HTTPStatus' else None
    if member is None or member.value != code:
        problems.append(f'{code}: {symbol} is not HTTPStatus member {code}')
for member in http.HTTPStatus:
    entry = codes.get(member.value)
    if entry is None:
        continue
    expected = f'HTTPStatus.{member.name}'
    if current(entry) != expected:
        problems.append(f'{member.value}: Python says {expected}, the catalogue {current(entry)}')
print('\n'.join(problems) or f'ok: {len(list(http.HTTPStatus))} members of http.HTTPStatus (Python {sys.version.split()[0]})')
sys.exit(1 if problems else 0)
