#!/usr/bin/env python3
"""Redraws the diagram (BPMN DI) of models in processes/ from the grid specs in specs.py.

    python3 .ci/bpmn-layout/layout.py processes/*.bpmn

Each spec places every shape on a grid (column, row: centres DX, DY apart; fractions allowed), puts boundary
events on the bottom of what they are attached to, and routes every flow orthogonally: straight, 'vh'/'hv'
elbows chosen automatically, or as the spec says for loops ('above'/'below' a lane) and other detours.
Only the content of <bpmndi:BPMNPlane> is rewritten (the process part stays byte-identical, DI ids are kept).
If you move shapes in Camunda Modeler instead, the spec is simply stale: BpmnLayoutTest is what must stay green.
Render the result with render.js (see there)."""
import re, sys, xml.etree.ElementTree as ET

sys.dont_write_bytecode = True  # specs.py is imported from here; no __pycache__ in the repo

B = '{http://www.omg.org/spec/BPMN/20100524/MODEL}'
DX, DY, X0, Y0 = 150, 140, 180, 260
SIZES = {'task': (100, 80), 'gateway': (50, 50), 'event': (36, 36)}


def kind(tag):
    if tag.endswith('Gateway'):
        return 'gateway'
    if tag.endswith('Event'):
        return 'event'
    return 'task'


def wrap(text, width=90, cw=7.0):
    lines, cur = [], ''
    for w in text.split():
        t = (cur + ' ' + w).strip()
        if len(t) * cw > width and cur:
            lines.append(cur); cur = w
        else:
            cur = t
    lines.append(cur)
    return max(len(l) for l in lines) * cw + 4, len(lines) * 14


class Model:
    def __init__(self, path):
        self.path = path
        self.text = open(path, encoding='utf-8').read()
        root = ET.fromstring(self.text)
        self.nodes, self.flows, self.parent = {}, {}, {}
        self.attached = {}
        proc = root.find(B + 'process')

        def walk(c, parent):
            for e in c:
                tag = e.tag.replace(B, '')
                if tag == 'sequenceFlow':
                    self.flows[e.get('id')] = (e.get('sourceRef'), e.get('targetRef'), e.get('name'))
                elif e.get('id') and tag not in ('extensionElements', 'documentation', 'conditionExpression', 'incoming', 'outgoing') and 'Definition' not in tag:
                    self.nodes[e.get('id')] = (tag, e.get('name'))
                    self.parent[e.get('id')] = parent
                    if e.get('attachedToRef'):
                        self.attached[e.get('id')] = e.get('attachedToRef')
                    if tag == 'subProcess':
                        walk(e, e.get('id'))
        walk(proc, None)
        self.di_ids = dict((m.group(2), m.group(1)) for m in re.finditer(r'<bpmndi:BPMN(?:Shape|Edge) id="([^"]+)" bpmnElement="([^"]+)"', self.text))


def layout(path, spec):
    m = Model(path)
    grid, boxes, labels, waypoints, flow_labels = spec['grid'], {}, {}, {}, {}

    def center(col, row):
        return X0 + col * DX, Y0 + row * DY

    def put(n, cx, cy):
        w, h = SIZES[kind(m.nodes[n][0])]
        boxes[n] = [cx - w / 2, cy - h / 2, w, h]

    # plain nodes
    for n, (col, row) in grid.items():
        if m.nodes[n][0] != 'subProcess':
            put(n, *center(col, row))
    for n in grid:
        if n not in m.nodes:
            raise SystemExit('unknown node ' + n)
    # subprocess bounds from children (+ margin, + room for loops)
    for sp, (col, row) in grid.items():
        if m.nodes[sp][0] != 'subProcess':
            continue
        kids = [k for k in m.nodes if m.parent[k] == sp and k not in m.attached]  # boundary events sit on their task's edge
        xs = [boxes[k][0] for k in kids] + [boxes[k][0] + boxes[k][2] for k in kids]
        ys = [boxes[k][1] for k in kids] + [boxes[k][1] + boxes[k][3] for k in kids]
        pad = spec.get('pad', {}).get(sp, (40, 60, 40, 50))  # left, top, right, bottom
        x1, y1, x2, y2 = min(xs) - pad[0], min(ys) - pad[1], max(xs) + pad[2], max(ys) + pad[3]
        boxes[sp] = [x1, y1, x2 - x1, y2 - y1]
    # boundary events: (attached, x-center in columns)
    for n, col in spec.get('boundary', {}).items():
        a = boxes[m.attached[n]]
        cx = X0 + col * DX if col is not None else a[0] + a[2] / 2
        boxes[n] = [cx - 18, a[1] + a[3] - 18, 36, 36]
    missing = [n for n in m.nodes if n not in boxes]
    if missing:
        raise SystemExit('not placed: %s' % missing)

    def port(n, side):
        x, y, w, h = boxes[n]
        if side == 'top': return (x + w / 2, y)
        if side == 'bottom': return (x + w / 2, y + h)
        if side == 'left': return (x, ydock(n))
        if side == 'right': return (x + w, ydock(n))
        # the middle of a gateway's lower edges: a fifth way in or out beside the four corners
        if side == 'lowerleft': return (x + w / 4, y + 3 * h / 4)
        if side == 'lowerright': return (x + 3 * w / 4, y + 3 * h / 4)

    def ydock(n):
        if m.nodes[n][0] == 'subProcess':
            return center(*grid[n])[1]
        x, y, w, h = boxes[n]
        return y + h / 2

    def cx(n):
        x, y, w, h = boxes[n]
        return x + w / 2

    for f, (s, t, name) in m.flows.items():
        r = spec.get('route', {}).get(f, 'auto')
        sx, sy = cx(s), ydock(s)
        tx, ty = cx(t), ydock(t)
        if r == 'auto':
            if s in m.attached:
                r = 'v' if abs(sx - tx) < 1 else 'vh'
            elif abs(sy - ty) < 1 and tx > sx:
                r = 'h'
            elif abs(sx - tx) < 1:
                r = 'v'
            elif tx > sx:
                r = 'vh' if kind(m.nodes[s][0]) == 'gateway' else 'hv'
            else:
                raise SystemExit('route needed for back-edge ' + f)
        if r == 'h':
            pts = [port(s, 'right' if tx > sx else 'left'), port(t, 'left' if tx > sx else 'right')]
        elif r == 'v':
            pts = [port(s, 'bottom' if ty > sy else 'top'), port(t, 'top' if ty > sy else 'bottom')]
        elif r == 'vh':  # leave vertically, enter the target's side
            a = port(s, 'bottom' if ty > sy else 'top')
            b = port(t, 'left' if tx > sx else 'right')
            pts = [a, (a[0], b[1]), b]
        elif r == 'hv':  # leave sideways, enter the target's top or bottom
            a = port(s, 'right' if tx > sx else 'left')
            b = port(t, 'top' if ty > sy else 'bottom')
            pts = [a, (b[0], a[1]), b]
        elif r[0] in ('above', 'below'):  # loop: out of the top/bottom, along a lane, into the target's top/bottom
            side = 'top' if r[0] == 'above' else 'bottom'
            lane = Y0 + r[1] * DY
            a, b = port(s, side), port(t, side)
            pts = [a, (a[0], lane), (b[0], lane), b]
        elif r[0] == 'zh':  # sideways out, vertical at column x, sideways in
            x = X0 + r[1] * DX
            a = port(s, 'right' if x > sx else 'left'); b = port(t, 'left' if tx > x else 'right')
            pts = [a, (x, a[1]), (x, b[1]), b]
        elif r[0] == 'zv':  # vertical out, horizontal at lane y, vertical in
            y = Y0 + r[1] * DY
            a = port(s, 'bottom' if y > sy else 'top'); b = port(t, 'top' if ty > y else 'bottom')
            pts = [a, (a[0], y), (b[0], y), b]
        elif r[0] == 'hvh':  # sideways out, down/up, sideways into the target's side facing the source
            x = X0 + r[1] * DX
            a = port(s, r[2]); b = port(t, r[3])
            pts = [a, (x, a[1]), (x, b[1]), b]
        elif r[0] == 'pts':  # explicit: ports and intermediate points in grid units
            a = port(s, r[1]); b = port(t, r[2])
            mid = [(X0 + c * DX if isinstance(c, (int, float)) else (a[0] if c == 's' else b[0]),
                    Y0 + rr * DY if isinstance(rr, (int, float)) else (a[1] if rr == 's' else b[1])) for c, rr in r[3]]
            pts = [a] + mid + [b]
        else:
            raise SystemExit('bad route %s' % (r,))
        pts = [p for i, p in enumerate(pts) if i == 0 or p != pts[i - 1]]
        waypoints[f] = pts
        if name:
            w, h = wrap(name)
            pos = spec.get('flowlabel', {}).get(f)
            (x1, y1), (x2, y2) = pts[0], pts[1]
            if pos:
                seg, where = pos[0], pos[1]
                (x1, y1), (x2, y2) = pts[seg], pts[seg + 1]
            else:
                where = 'above' if y1 == y2 else 'right'
            d = pos[2] if pos and len(pos) > 2 else 8
            if y1 == y2:
                lx = min(x1, x2) + d if x2 > x1 else max(x1, x2) - d - w
                ly = y1 - h - 3 if where == 'above' else y1 + 4
            else:
                lx = x1 + 6 if where == 'right' else x1 - 6 - w
                ly = y1 + d if y2 > y1 else y1 - d - h
            flow_labels[f] = [lx, ly, w, h]

    for n, (tag, name) in m.nodes.items():
        if not name or kind(tag) == 'task' or tag == 'subProcess':
            continue
        w, h = wrap(name)
        x, y, bw, bh = boxes[n]
        c = x + bw / 2
        where = spec.get('label', {}).get(n, 'above' if kind(tag) == 'gateway' else 'below')
        if where == 'below': lb = [c - w / 2, y + bh + 5, w, h]
        elif where == 'above': lb = [c - w / 2, y - h - 5, w, h]
        elif where == 'br': lb = [c + 8, y + bh + 5, w, h]
        elif where == 'bl': lb = [c - 8 - w, y + bh + 5, w, h]
        elif where == 'ar': lb = [c + 8, y - h - 5, w, h]
        elif where == 'al': lb = [c - 8 - w, y - h - 5, w, h]
        elif where == 'right': lb = [x + bw + 5, y + bh / 2 - h / 2, w, h]
        elif where == 'left': lb = [x - 5 - w, y + bh / 2 - h / 2, w, h]
        labels[n] = lb

    # write: containers before their children, boundary events after what they sit on
    def depth(n):
        return 0 if m.parent[n] is None else 1 + depth(m.parent[n])
    order = sorted(m.nodes, key=lambda n: (n in m.attached, depth(n), list(m.nodes).index(n)))
    r = lambda v: str(int(round(v)))
    bounds = lambda b: '<dc:Bounds x="%s" y="%s" width="%s" height="%s" />' % tuple(map(r, b))
    out = []
    for n in order:
        tag = m.nodes[n][0]
        extra = ' isExpanded="true"' if tag == 'subProcess' else ' isMarkerVisible="true"' if tag == 'exclusiveGateway' else ''
        out.append('      <bpmndi:BPMNShape id="%s" bpmnElement="%s"%s>' % (m.di_ids.get(n, n + '_di'), n, extra))
        out.append('        ' + bounds(boxes[n]))
        if n in labels:
            out += ['        <bpmndi:BPMNLabel>', '          ' + bounds(labels[n]), '        </bpmndi:BPMNLabel>']
        out.append('      </bpmndi:BPMNShape>')
    for f in m.flows:
        out.append('      <bpmndi:BPMNEdge id="%s" bpmnElement="%s">' % (m.di_ids.get(f, f + '_di'), f))
        out += ['        <di:waypoint x="%s" y="%s" />' % (r(x), r(y)) for x, y in waypoints[f]]
        if f in flow_labels:
            out += ['        <bpmndi:BPMNLabel>', '          ' + bounds(flow_labels[f]), '        </bpmndi:BPMNLabel>']
        out.append('      </bpmndi:BPMNEdge>')
    text = re.sub(r'(<bpmndi:BPMNPlane [^>]*>\n).*?(    </bpmndi:BPMNPlane>)', lambda mm: mm.group(1) + '\n'.join(out) + '\n' + mm.group(2), m.text, flags=re.S)
    open(path, 'w', encoding='utf-8').write(text)


if __name__ == '__main__':
    import specs
    for p in sys.argv[1:]:
        name = p.split('/')[-1][:-5]
        layout(p, specs.SPECS[name])
