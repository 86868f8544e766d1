package vn.gov.commune.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every diagram in processes/ reads at a glance: no flow drawn through a shape it does not connect, no two flows drawn
 * on the same line, no label on a label, a shape or another flow, and every element drawn with its flows docked to it.
 */
class BpmnLayoutTest {

  /** Shapes shrink by this much before a flow counts as running through them. */
  static final double SHRINK = 2;
  /** Two flows may share this much of a line anywhere; waypoints dock within it. */
  static final double SLACK = 3;
  /** Flows from one source (or into one target) may share this much next to it. */
  static final double SHARED_END = 10;

  record Box(double x, double y, double w, double h) {
    Box(Bounds b) {
      this(b.getX(), b.getY(), b.getWidth(), b.getHeight());
    }

    Box shrink(double d) {
      return new Box(x + d, y + d, w - 2 * d, h - 2 * d);
    }

    boolean overlaps(Box o) {
      return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
    }

    boolean contains(Box o) {
      return x <= o.x && y <= o.y && o.x + o.w <= x + w && o.y + o.h <= y + h;
    }

    /** Distance from a point to this box's border. */
    double distanceToBorder(double px, double py) {
      double dx = Math.max(Math.max(x - px, px - x - w), 0);
      double dy = Math.max(Math.max(y - py, py - y - h), 0);
      if (dx > 0 || dy > 0) {
        return Math.hypot(dx, dy);
      }
      return Math.min(Math.min(px - x, x + w - px), Math.min(py - y, y + h - py));
    }

    /** Distance from a point to the diamond drawn in this box (a gateway's outline). */
    double distanceToDiamond(double px, double py) {
      double a = w / 2, b = h / 2;
      double level = Math.abs(px - x - a) / a + Math.abs(py - y - b) / b;
      // distance from the point to the edge |dx|/a + |dy|/b = 1 along its normal
      return Math.abs(level - 1) * a * b / Math.hypot(a, b);
    }

    /** Length of the segment inside this box (Liang-Barsky clipping). */
    double lengthInside(Seg s) {
      double t0 = 0, t1 = 1, dx = s.x2 - s.x1, dy = s.y2 - s.y1;
      double[] p = {-dx, dx, -dy, dy};
      double[] q = {s.x1 - x, x + w - s.x1, s.y1 - y, y + h - s.y1};
      for (int i = 0; i < 4; i++) {
        if (p[i] == 0) {
          if (q[i] <= 0) {
            return 0;
          }
        } else {
          double t = q[i] / p[i];
          if (p[i] < 0) {
            t0 = Math.max(t0, t);
          } else {
            t1 = Math.min(t1, t);
          }
        }
      }
      return t1 > t0 ? (t1 - t0) * s.length() : 0;
    }
  }

  record Seg(double x1, double y1, double x2, double y2) {
    double length() {
      return Math.hypot(x2 - x1, y2 - y1);
    }

    /** Length two segments share when they lie on one line, 0 otherwise; also the shared interval's end points. */
    double[] sharedWith(Seg o) {
      double len = length();
      if (len == 0 || o.length() == 0) {
        return null;
      }
      double ux = (x2 - x1) / len, uy = (y2 - y1) / len;
      double off1 = Math.abs((o.x1 - x1) * uy - (o.y1 - y1) * ux);
      double off2 = Math.abs((o.x2 - x1) * uy - (o.y2 - y1) * ux);
      if (off1 > 1 || off2 > 1) {
        return null;
      }
      double a = (o.x1 - x1) * ux + (o.y1 - y1) * uy, b = (o.x2 - x1) * ux + (o.y2 - y1) * uy;
      double from = Math.max(0, Math.min(a, b)), to = Math.min(len, Math.max(a, b));
      if (to - from <= SLACK) {
        return null;
      }
      return new double[] {x1 + ux * from, y1 + uy * from, x1 + ux * to, y1 + uy * to};
    }
  }

  record Flow(String id, String source, String target, List<Seg> segs, double[] first, double[] last) {}

  static Stream<Path> models() throws Exception {
    return BpmnModelConventionsTest.models();
  }

  @ParameterizedTest
  @MethodSource("models")
  void diagramReadsAtAGlance(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    String name = file.getFileName().toString();
    List<String> faults = new ArrayList<>();
    Map<String, Box> shapes = new HashMap<>();
    Map<String, Box> labels = new HashMap<>();
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      shapes.put(shape.getBpmnElement().getId(), new Box(shape.getBounds()));
      label(shape.getBpmnLabel()).ifPresent(l -> labels.put(shape.getBpmnElement().getId(), l));
    }
    List<Flow> flows = new ArrayList<>();
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      SequenceFlow flow = (SequenceFlow) edge.getBpmnElement();
      List<double[]> points = edge.getWaypoints().stream().map(w -> new double[] {w.getX(), w.getY()}).toList();
      List<Seg> segs = new ArrayList<>();
      for (int i = 1; i < points.size(); i++) {
        segs.add(new Seg(points.get(i - 1)[0], points.get(i - 1)[1], points.get(i)[0], points.get(i)[1]));
      }
      flows.add(new Flow(flow.getId(), flow.getSource().getId(), flow.getTarget().getId(), segs, points.get(0),
          points.get(points.size() - 1)));
      label(edge.getBpmnLabel()).ifPresent(l -> labels.put(flow.getId(), l));
    }
    Set<String> drawn = new HashSet<>(shapes.keySet());
    flows.forEach(f -> drawn.add(f.id()));

    // (d) everything drawn, every flow docked to its source and target
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      if (!drawn.contains(element.getId())) {
        faults.add(name + ": " + element.getId() + " is not drawn");
      }
    }
    for (Flow f : flows) {
      if (shapes.containsKey(f.source()) && !docked(model, f.source(), shapes.get(f.source()), f.first())) {
        faults.add(name + ": " + f.id() + " does not start on " + f.source());
      }
      if (shapes.containsKey(f.target()) && !docked(model, f.target(), shapes.get(f.target()), f.last())) {
        faults.add(name + ": " + f.id() + " does not end on " + f.target());
      }
    }

    // (a) no flow through a shape it does not connect
    for (Flow f : flows) {
      Set<String> own = new HashSet<>();
      for (String end : List.of(f.source(), f.target())) {
        ModelElementInstance node = model.getModelElementById(end);
        own.add(end);
        own.addAll(containers(node));
        if (node instanceof BoundaryEvent b) {
          own.add(b.getAttachedTo().getId());
        }
      }
      shapes.forEach((id, box) -> {
        if (!own.contains(id) && f.segs().stream().anyMatch(s -> box.shrink(SHRINK).lengthInside(s) > 0)) {
          faults.add(name + ": " + f.id() + " runs through " + id);
        }
      });
    }

    // (b) no two flows on one line, but next to a source or target they share
    for (int i = 0; i < flows.size(); i++) {
      for (int j = i + 1; j < flows.size(); j++) {
        Flow a = flows.get(i), b = flows.get(j);
        boolean overlap = false;
        for (Seg sa : a.segs()) {
          for (Seg sb : b.segs()) {
            double[] shared = sa.sharedWith(sb);
            overlap |= shared != null
                && !(a.source().equals(b.source()) && near(shared, a.first()) && near(shared, b.first()))
                && !(a.target().equals(b.target()) && near(shared, a.last()) && near(shared, b.last()));
          }
        }
        if (overlap) {
          faults.add(name + ": " + a.id() + " and " + b.id() + " are drawn on each other");
        }
      }
    }

    // (c) no label on another label, a shape or a flow it does not belong to
    List<String> labelled = new ArrayList<>(labels.keySet());
    for (int i = 0; i < labelled.size(); i++) {
      String id = labelled.get(i);
      Box label = labels.get(id);
      for (int j = i + 1; j < labelled.size(); j++) {
        if (label.overlaps(labels.get(labelled.get(j)))) {
          faults.add(name + ": label of " + id + " overlaps label of " + labelled.get(j));
        }
      }
      Set<String> containers = containers(model.getModelElementById(id));
      shapes.forEach((other, box) -> {
        boolean inside = containers.contains(other) && box.contains(label);
        if (!other.equals(id) && !inside && label.overlaps(box)) {
          faults.add(name + ": label of " + id + " overlaps " + other);
        }
      });
      for (Flow f : flows) {
        if (!f.id().equals(id) && f.segs().stream().anyMatch(s -> label.lengthInside(s) > 0)) {
          faults.add(name + ": label of " + id + " is crossed by " + f.id());
        }
      }
    }
    assertThat(faults).as(name + " has %d layout faults", faults.size()).isEmpty();
  }

  /** A flow docks on its shape's border; on a gateway also anywhere on the diamond it is drawn as. */
  static boolean docked(BpmnModelInstance model, String id, Box box, double[] point) {
    if (box.distanceToBorder(point[0], point[1]) <= SLACK) {
      return true;
    }
    return model.getModelElementById(id) instanceof org.camunda.bpm.model.bpmn.instance.Gateway
        && box.distanceToDiamond(point[0], point[1]) <= SLACK;
  }

  static Optional<Box> label(BpmnLabel label) {
    return Optional.ofNullable(label).map(BpmnLabel::getBounds).map(Box::new);
  }

  /** The ids of the subprocesses an element is drawn in. */
  static Set<String> containers(ModelElementInstance element) {
    Set<String> ids = new HashSet<>();
    for (ModelElementInstance p = element.getParentElement(); p != null; p = p.getParentElement()) {
      if (p instanceof SubProcess sub) {
        ids.add(sub.getId());
      }
    }
    return ids;
  }

  /** The shared interval lies within SHARED_END of the point. */
  static boolean near(double[] shared, double[] point) {
    return Math.hypot(shared[0] - point[0], shared[1] - point[1]) <= SHARED_END
        && Math.hypot(shared[2] - point[0], shared[3] - point[1]) <= SHARED_END;
  }
}
