#!/usr/bin/env python3
"""Writes the seed corpora under corpus/ from resources/catalogue.json.

Run it again when the catalogue format changes; the files are committed so
that CI does not need Python. Each seed is small: libFuzzer's maximum input
length defaults to the largest seed.
"""
import copy
import json
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOGUE = os.path.join(HERE, '..', '..', 'resources', 'catalogue.json')


def write(target, name, data):
    path = os.path.join(HERE, 'corpus', target, name)
    if isinstance(data, str):
        data = data.encode('utf-8')
    with open(path, 'wb') as f:
        f.write(data)


def dump(value):
    return json.dumps(value, ensure_ascii=False, indent=1)


def trimmed(catalogue, codes):
    result = copy.deepcopy(catalogue)
    result['codes'] = [c for c in result['codes'] if c['code'] in codes]
    for entry in result['codes']:
        entry['related'] = [r for r in entry['related'] if r in codes]
        entry['descriptions'] = entry['descriptions'][:2]
    return result


def catalogue_seeds(catalogue):
    real = trimmed(catalogue, {200, 404, 418, 449, 306, 510})
    write('catalogue', 'real-six-codes.json', dump(real))
    minimal = trimmed(catalogue, {404})
    minimal['sources'] = minimal['sources'][:1]
    minimal['classes'] = [c for c in minimal['classes'] if c['class'] == 4]
    for entry in minimal['codes']:
        entry['descriptions'] = [d for d in entry['descriptions'] if d['source'] == minimal['sources'][0]['id']]
        entry['notes'] = []
    write('catalogue', 'minimal-valid.json', dump(minimal))

    def broken(name, change, ascii_only=False):
        value = copy.deepcopy(minimal)
        change(value)
        data = json.dumps(value, ensure_ascii=True, indent=1) if ascii_only else dump(value)
        write('catalogue', 'broken-' + name + '.json', data)

    entry = lambda v: v['codes'][0]
    broken('schema-3', lambda v: v.update(schema=3))
    broken('schema-string', lambda v: v.update(schema='1'))
    broken('code-string', lambda v: entry(v).update(code='404'))
    broken('code-huge', lambda v: entry(v).update(code=1e300))
    broken('code-negative', lambda v: entry(v).update(code=-404))
    broken('code-fraction', lambda v: entry(v).update(code=404.5))
    broken('class-mismatch', lambda v: entry(v).update({'class': 5}))
    broken('status-unknown', lambda v: entry(v).update(status='retired'))
    broken('phrase-empty', lambda v: entry(v).update(phrase=' '))
    broken('phrase-long', lambda v: entry(v).update(phrase='x' * 300))
    broken('title-not-object', lambda v: entry(v).update(title='Not Found'))
    broken('summary-en-chinese', lambda v: entry(v)['summary'].update(en='未找到'))
    broken('aliases-not-strings', lambda v: entry(v).update(aliases=[1, None, {}]))
    broken('unknown-source', lambda v: entry(v)['descriptions'].append({'source': 'nobody', 'text': {'zh': 'a', 'en': 'a'}}))
    broken('related-missing', lambda v: entry(v).update(related=[599]))
    broken('duplicate-code', lambda v: v['codes'].append(copy.deepcopy(entry(v))))
    broken('duplicate-source', lambda v: v['sources'].append(copy.deepcopy(v['sources'][0])))
    broken('codes-empty', lambda v: v.update(codes=[]))
    broken('codes-object', lambda v: v.update(codes={}))
    broken('lone-surrogate', lambda v: entry(v).update(phrase='\ud800'), ascii_only=True)
    write('catalogue', 'broken-not-json.json', '{"schema": 1, "sources": [')
    write('catalogue', 'broken-array-top.json', '[1, 2, 3]')
    write('catalogue', 'broken-nested.json', '[' * 2000 + ']' * 2000)
    write('catalogue', 'broken-empty.json', '')
    write('catalogue', 'broken-escapes.json', '{"schema": 1, "sources": "\\u0000\\ud800\\udfff\\n"}')
    # Facts, groups and the guide: a good form and broken ones.
    with_parts = trimmed(catalogue, {301, 302, 404})
    with_parts['groups'] = [g for g in catalogue['groups'] if set(g['codes']) <= {301, 302, 404}] or \
        [{'id': 'pair', 'name': {'zh': '一对', 'en': 'A pair'}, 'codes': [301, 302], 'summary': {'zh': '不同。', 'en': 'They differ.'}}]
    with_parts['guide'] = {'root': 'a', 'nodes': [
        {'id': 'a', 'question': {'zh': '永久吗？', 'en': 'Permanent?'}, 'answers': [
            {'label': {'zh': '是', 'en': 'Yes'}, 'code': 301, 'reason': {'zh': '永久。', 'en': 'For good.'}, 'section': 'RFC 9110'},
            {'label': {'zh': '否', 'en': 'No'}, 'next': 'b'}]},
        {'id': 'b', 'question': {'zh': '存在吗？', 'en': 'Exists?'}, 'answers': [
            {'label': {'zh': '是', 'en': 'Yes'}, 'code': 302, 'reason': {'zh': '暂时。', 'en': 'For now.'}, 'section': 'RFC 9110'},
            {'label': {'zh': '否', 'en': 'No'}, 'code': 404, 'reason': {'zh': '没有。', 'en': 'Not there.'}, 'section': 'RFC 9110'}]}]}
    write('catalogue', 'facts-groups-guide.json', dump(with_parts))

    def broken_parts(name, change):
        value = copy.deepcopy(with_parts)
        change(value)
        write('catalogue', 'broken-' + name + '.json', dump(value))

    broken_parts('guide-cycle', lambda v: v['guide']['nodes'][1]['answers'][1].update({'next': 'a'}) or
                 v['guide']['nodes'][1]['answers'][1].pop('code'))
    broken_parts('guide-unreachable', lambda v: v['guide'].update(root='b'))
    broken_parts('guide-dangling', lambda v: v['guide']['nodes'][0]['answers'][1].update(next='nowhere'))
    broken_parts('group-unknown-code', lambda v: v['groups'][0]['codes'].append(599))
    broken_parts('facts-bad-method', lambda v: v['codes'][0]['facts']['redirect'].update(method='teleport'))
    broken_parts('facts-not-object', lambda v: v['codes'][1].update(facts=[]))


def search_seeds():
    # First byte: bit 0 Chinese, bit 1 UTF-16; see fuzzentries.h.
    queries = ['404', '4xx', '4XX', '4**', '40x', '5', '40', 'not found', 'Not Found', 'NOT',
               '未找到', '重定向', 'ｎｏｔ ｆｏｕｎｄ', 'teapot', 'cache control', '1xx 100', 'x', '600',
               'redirect 3xx', '  spaced   out  ', 'ß STRASSE', '<b>&amp;</b>', '4 0 4',
               '401 403 407', '504 502 504', 'forbiden', 'Gatway Timeout', 'StatusTeapot', 'HTTP_NOT_FOUND',
               ':not_found', 'StatusCode::IM_A_TEAPOT', '301 vs 308', '502 或 504']
    for i, query in enumerate(queries):
        write('search', 'query-%02d-en' % i, b'\x00' + query.encode('utf-8'))
        write('search', 'query-%02d-zh' % i, b'\x01' + query.encode('utf-8'))
    write('search', 'utf16-surrogates', b'\x02' + '4\ud800x'.encode('utf-16-le', 'surrogatepass'))


def text(value, utf16=False):
    data = value.encode('utf-16-le', 'surrogatepass') if utf16 else value.encode('utf-8')
    length = len(data) // 2 if utf16 else len(data)
    length = min(length, 127 + 65535)
    data = data[:length * 2] if utf16 else data[:length]
    head = (0x80 if utf16 else 0)
    if length < 127:
        return bytes([head | length]) + data
    return bytes([head | 127]) + struct.pack('<H', length - 127) + data


def localized(value):
    return text(value.get('zh', '')) + text(value.get('en', ''))


STATUSES = ['standard', 'deprecated', 'unused', 'obsoleted', 'temporary', 'unofficial']


def encode_entry(entry, language, query):
    out = bytes([language]) + text(query)
    out += struct.pack('<h', entry['code']) + bytes([STATUSES.index(entry['status'])])
    out += text(entry['phrase']) + text(entry['reference'])
    out += localized(entry['title']) + localized(entry['summary']) + localized(entry.get('usedBy', {}))
    out += bytes([len(entry['aliases'][:4])]) + b''.join(text(a) for a in entry['aliases'][:4])
    descriptions = entry['descriptions'][:7]
    out += bytes([len(descriptions)])
    for d in descriptions:
        out += text(d['source']) + localized(d['text'])
    notes = entry['notes'][:7]
    out += bytes([len(notes)])
    for n in notes:
        out += text(n.get('source', '')) + localized(n['text'])
    related = entry['related'][:7]
    out += bytes([len(related)]) + b''.join(struct.pack('<h', r) for r in related)
    facts = entry.get('facts')
    if facts:
        redirect = facts.get('redirect')
        flags = 1 | (2 if facts['cacheableByDefault'] else 0) | (4 if facts['contentAllowed'] else 0)
        flags |= (8 | (16 if redirect['permanent'] else 0)) if redirect else 0
        out += bytes([flags | 32])
        if redirect:
            out += bytes([['may-change', 'becomes-get', 'kept'].index(redirect['method'])])
        headers = facts['headers'][:3]
        out += bytes([len(headers)])
        for h in headers:
            out += text(h['name']) + bytes([['must', 'should', 'may'].index(h['requirement'])]) + text(h.get('section', ''))
        out += localized(facts['retry']) + bytes([['origin', 'intermediary', 'any'].index(facts['generatedBy'])])
        out += text(facts['history']['introduced']['rfc']) + struct.pack('<h', facts['history']['introduced']['year'])
        names = facts['history']['names'][:3]
        out += bytes([len(names)]) + b''.join(text(n['phrase']) + text(n['rfc']) for n in names)
        out += text(facts.get('sections', {}).get('redirect', ''))
    return out


def detail_seeds(catalogue):
    by_code = {e['code']: e for e in catalogue['codes']}
    for code, language, query in [(200, 0, ''), (200, 1, 'get'), (404, 0, 'not found'), (418, 1, ''),
                                  (449, 0, 'retry'), (306, 0, '3xx'), (510, 1, '扩展')]:
        write('detail', 'entry-%d-%s' % (code, 'zh' if language else 'en'), encode_entry(by_code[code], language, query))
    hostile = {'code': 999, 'status': 'standard', 'phrase': '<script>alert(1)</script>', 'reference': '"&\'<>',
               'title': {'zh': '<b>', 'en': '</html>'}, 'summary': {'zh': '- a\n  - b\n1. c\n\n\n- d', 'en': '- <i>\n  1. x'},
               'aliases': ['<a href="x">'], 'descriptions': [{'source': '<>', 'text': {'zh': '%1 %2', 'en': '%1%2%3'}}],
               'notes': [{'text': {'zh': '\u00e9', 'en': '&amp;'}}], 'related': [404, -1, 999]}
    write('detail', 'hostile-markup', encode_entry(hostile, 0, '<b> & %1'))


def main():
    for target in ('catalogue', 'search', 'detail'):
        os.makedirs(os.path.join(HERE, 'corpus', target), exist_ok=True)
    with open(CATALOGUE, encoding='utf-8') as f:
        catalogue = json.load(f)
    catalogue_seeds(catalogue)
    search_seeds()
    detail_seeds(catalogue)


if __name__ == '__main__':
    main()
