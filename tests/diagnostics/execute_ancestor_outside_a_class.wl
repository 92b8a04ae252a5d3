// ExecuteAncestor() outside a method of a class runs a window or control template's
// code: a window function (WL103), where the run stops with the same words; the check
// said nothing
Trace("start")
ExecuteAncestor() // error: WL103:1 ExecuteAncestor runs the code of a window or control template: a window function, not available outside the IDE (in a class method it runs the ancestor's version)
