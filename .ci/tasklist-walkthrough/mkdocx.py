"""Turns an eval plan (.txt, table rows as '| a | b |') into a real DOCX with a Word table."""
import sys, zipfile
from xml.sax.saxutils import escape
src, out = sys.argv[1], sys.argv[2]
lines = open(src, encoding='utf-8').read().splitlines()
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
def para(t): return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(t)
body = []; table = []; cols = 0
def flush():
    global table, cols
    if not table: return
    x = ['<w:tbl><w:tblPr><w:tblBorders>' + ''.join('<w:%s w:val="single" w:sz="4"/>' % b for b in ['top','left','bottom','right','insideH','insideV']) + '</w:tblBorders></w:tblPr>']
    x.append('<w:tblGrid>' + '<w:gridCol w:w="1500"/>' * cols + '</w:tblGrid>')
    for cells in table:
        x.append('<w:tr>')
        if len(cells) == 1:
            x.append('<w:tc><w:tcPr><w:gridSpan w:val="%d"/></w:tcPr>%s</w:tc>' % (cols, para(cells[0])))
        else:
            for c in cells: x.append('<w:tc>%s</w:tc>' % ''.join(para(p.strip()) for p in c.split('//')) if c.strip() else '<w:tc><w:p/></w:tc>')
        x.append('</w:tr>')
    x.append('</w:tbl>')
    body.append(''.join(x)); table = []
for l in lines:
    if l.startswith('|'):
        cells = [c.strip() for c in l.strip().strip('|').split('|')]
        cols = max(cols, len(cells)); table.append(cells)
    else:
        flush(); body.append(para(l))
flush()
doc = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s<w:sectPr/></w:body></w:document>' % (W, ''.join(body))
ct = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
rels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', ct); z.writestr('_rels/.rels', rels); z.writestr('word/document.xml', doc)
