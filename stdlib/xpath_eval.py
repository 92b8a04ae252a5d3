"""XPath 1.0 expressions evaluated on a document (XMLExecuteXPath, stdlib/xml_xpath.py):
the tree xpath_parse.py reads, over the nodes of xpath_tree.py, with the values and
functions of xml_xpath_predicates.py. One reader for every path: a query's own, the
relative and absolute paths inside predicates and function arguments, and the steps
after a filter (`(//p)[2]/b`), each step with its axis, node test and predicates.

A step's predicates count positions along its axis from each context node (`[1]` is the
nearest for a reverse axis: `preceding-sibling::x[1]`), a filter's in document order; a
number keeps the node at that position, any other value by its boolean. A path's nodes
come out once each, in document order. XPath 1.0's type errors (a union or a step on a
value that is no node-set) are WLanguage errors in words.
"""
from __future__ import annotations

__all__ = ["Context", "evaluate"]

import math
from dataclasses import dataclass

from wlinterp.errors import WLRuntimeError

from .xml_xpath_predicates import (
    FUNCTIONS,
    NodeSet,
    Value,
    boolean,
    compare,
    number,
    string,
)
from .xpath_notes import matches as note_matches
from .xpath_parse import (
    Call,
    Expr,
    Filter,
    Literal,
    Negated,
    Number,
    Operation,
    Path,
    Step,
    Union,
)
from .xpath_tree import DOC, Node, Tree

_ANY_NODE = Step("descendant-or-self", "node()")  # what `//` stands for
_NODE_TYPES = ("node()", "text()", "comment()", "processing-instruction()")
_REVERSE = ("ancestor", "ancestor-or-self", "preceding", "preceding-sibling")


@dataclass
class Context:
    """The context node, its position among the nodes being tested and their number."""

    node: Node
    position: int
    size: int
    tree: Tree


def evaluate(expr: Expr, c: Context) -> Value:
    """The value of `expr` in the context `c`."""
    if isinstance(expr, Path):
        return _path(expr, c)
    if isinstance(expr, Literal):
        return expr.value
    if isinstance(expr, Number):
        return expr.value
    if isinstance(expr, Operation):
        return _operation(expr, c)
    if isinstance(expr, Negated):
        return -number(evaluate(expr.operand, c))
    if isinstance(expr, Call):
        return _call(expr, c)
    if isinstance(expr, Union):
        found: list[Node] = []
        for part in expr.parts:
            found += _node_set(evaluate(part, c), "|")
        return NodeSet(c.tree.order(found), c.tree)
    if isinstance(expr, Filter):
        nodes = _node_set(evaluate(expr.primary, c), "[...]")
        return NodeSet(_filtered(list(nodes), expr.predicates, c.tree), c.tree)
    raise AssertionError(expr)  # (every kind of the parse tree is above)


def _node_set(v: Value, what: str) -> NodeSet:
    if not isinstance(v, NodeSet):
        raise WLRuntimeError(f"XMLExecuteXPath: '{what}' applies to a node-set (a path), "
                             f"not to the value {string(v)!r}.")
    return v


def _operation(expr: Operation, c: Context) -> Value:
    op = expr.op
    if op == "or":
        return boolean(evaluate(expr.left, c)) or boolean(evaluate(expr.right, c))
    if op == "and":
        return boolean(evaluate(expr.left, c)) and boolean(evaluate(expr.right, c))
    left, right = evaluate(expr.left, c), evaluate(expr.right, c)
    if op in ("=", "!=", "<", "<=", ">", ">="):
        return compare(left, op, right)
    return _computed(number(left), op, number(right))


def _computed(x: float, op: str, y: float) -> float:
    """XPath's + - * div mod on numbers (mod keeps the dividend's sign, as fmod)."""
    if op == "+":
        return x + y
    if op == "-":
        return x - y
    if op == "*":
        return x * y
    if y == 0:
        if op == "mod" or x == 0 or math.isnan(x):
            return math.nan
        return math.copysign(math.inf, x) * math.copysign(1.0, y)
    return x / y if op == "div" else math.fmod(x, y)


def _call(expr: Call, c: Context) -> Value:
    least, most, run = FUNCTIONS[expr.name]
    if not least <= len(expr.args) <= most:
        counted = str(least) if least == most else f"{least} to {most}"
        raise WLRuntimeError(f"XMLExecuteXPath: {expr.name}() takes {counted} "
                             f"argument(s), not {len(expr.args)}.")
    return run(c, [evaluate(a, c) for a in expr.args])


def _path(expr: Path, c: Context) -> NodeSet:
    tree = c.tree
    if expr.start is not None:
        nodes = list(_node_set(evaluate(expr.start, c), "/"))
    else:
        nodes = [tree.document if expr.absolute else c.node]
    steps = expr.steps
    i = 0
    while i < len(steps):
        step = steps[i]
        if step == _ANY_NODE and i + 1 < len(steps) and steps[i + 1].axis == "child" \
                and steps[i + 1].test not in _NODE_TYPES:
            i += 1
            found = _under_each(steps[i], nodes, tree)
        elif _plain_name(step):
            found = _named(step, nodes, tree)
        else:
            found = [n for node in nodes for n in _step(step, node, tree)]
        nodes = found if len(nodes) <= 1 and step.axis not in _REVERSE \
            else tree.order(found)
        i += 1
    return NodeSet(nodes, tree)


def _plain_name(step: Step) -> bool:
    """A child or attribute step with a name and no predicate (`Line`, `@code`), the
    steps most paths are made of, read by `_named`."""
    test = step.test
    return not step.predicates and step.axis in ("child", "attribute") \
        and test not in _NODE_TYPES and test != "*" and not test.endswith(":*")


def _named(step: Step, nodes: list[Node], tree: Tree) -> list[Node]:
    """The children or attributes named so of each node, straight from ElementTree
    (each node went through the axis, the test and the predicates' machinery: a
    predicate's `@code` from each of thousands of siblings took seconds)."""
    name = step.test
    tree.spend(len(nodes))
    if step.axis == "attribute":
        if name == "xmlns" or name.startswith("xmlns:"):
            return []  # namespace declarations are no attributes (xpath_tree.py)
        return [Node(n.el, name) for n in nodes
                if not n.attr and not n.part and name in n.el.attrib]
    return [Node(c) for n in nodes if not n.part and (not n.attr or n.attr == DOC)
            for c in ([n.el] if n.attr == DOC else n.el) if c.tag == name]


def _under_each(step: Step, nodes: list[Node], tree: Tree) -> list[Node]:
    """`//x[p]` from each node, in document order: a node under one already gone through
    adds nothing (its elements were found from the one above it), so each element is
    read once (`//a//a//a` over a document nested thousands deep read it again at each
    node)."""
    seen: set[int] = set()
    found: list[Node] = []
    for node in nodes:
        if tree.is_element(node) and id(node.el) in seen:
            continue
        if len(nodes) > 1 and (tree.is_element(node) or node.attr == DOC):
            before = len(seen)
            seen.update(id(e) for e in node.el.iter())
            tree.spend(len(seen) - before)
        found += _under(step, node, tree)
    return found


def _under(step: Step, node: Node, tree: Tree) -> list[Node]:
    """`//x[p]` from one node: the elements x under it, the predicates applied among the
    children of each parent (positions count there, as in child::x[p] of each
    descendant), in document order. It read every node under it, then the children of
    each; ElementTree's walk finds the elements."""
    test = step.test
    tag = None if test == "*" or test.endswith(":*") else test
    below = tree.descendant_elements(node, tag)
    tree.spend(len(below))
    found = [n for n in below if _matches(step, n, "element", tree)]
    if not step.predicates:
        return found
    parents: dict[Node | None, list[Node]] = {}
    for n in found:
        parents.setdefault(tree.parent(n), []).append(n)
    kept = {n for group in parents.values() for n in _filtered(group, step.predicates, tree)}
    return [n for n in found if n in kept]


def _step(step: Step, node: Node, tree: Tree) -> list[Node]:
    """The nodes of one step from one context node, in the axis's order, filtered."""
    principal = "attribute" if step.axis == "attribute" else "element"
    predicates = step.predicates
    if predicates and isinstance(predicates[0], Number):  # `[1]`: read up to the node
        return _filtered(_nth(step, node, tree, principal, predicates[0].value),
                         predicates[1:], tree)
    along = list(tree.axis(step.axis, node))
    tree.spend(len(along))
    found = [n for n in along if _matches(step, n, principal, tree)]
    return _filtered(found, predicates, tree)


def _nth(step: Step, node: Node, tree: Tree, principal: str, wanted: float) -> list[Node]:
    """The node at position `wanted` of the step's axis from `node` (`[1]` after
    preceding-sibling::Line is the line just before), read no further along the axis:
    it read the whole axis to keep one (every Line's preceding siblings, for each)."""
    if wanted < 1 or wanted != int(wanted):
        return []
    count = read = 0
    for n in tree.axis(step.axis, node):
        read += 1
        if _matches(step, n, principal, tree):
            count += 1
            if count == wanted:
                tree.spend(read)
                return [n]
    tree.spend(read)
    return []


def _matches(step: Step, n: Node, principal: str, tree: Tree) -> bool:
    test = step.test
    if test == "node()":
        return True
    if test == "text()":
        return n.part > 0
    if test in ("comment()", "processing-instruction()"):
        return n.part < 0 and note_matches(tree.note(n), test, step.target)
    if principal == "element" and not tree.is_element(n) or \
            principal == "attribute" and not n.attr:
        return False
    if test == "*":
        return True
    name = tree.name(n)
    if test.endswith(":*"):
        return name.startswith(test[:-1])
    return name == test


def _filtered(nodes: list[Node], predicates: tuple[Expr, ...], tree: Tree) -> list[Node]:
    """The nodes each predicate holds for, in turn, positions counted in the list's
    order: a number keeps the node at that position, another value by its boolean."""
    for predicate in predicates:
        size = len(nodes)
        tree.spend(size)
        kept = []
        for position, node in enumerate(nodes, 1):
            value = evaluate(predicate, Context(node, position, size, tree))
            if value == position if isinstance(value, float) else boolean(value):
                kept.append(node)
        nodes = kept
    return nodes
