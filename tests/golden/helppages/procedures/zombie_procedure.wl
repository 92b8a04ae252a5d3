// Help page "Zombie procedures" ?1514085: its procedure as written, marked obsolete by
// the <zombie comment = "..."> attribute (wl check warns at each call, WL221, with the
// comment; the call runs). The Treeview control TreeCommand is an array of its nodes
// here, TreeStatus / TreeAdd (window functions) and AddMonth are procedures of ours on
// it, and tvError / tvLast constants of ours.
CONSTANT
	tvError = -1
	tvLast = 2
END
TreeCommand is array of strings
AddTreeView("2024", "Jan", "year.png", "month.png")
AddTreeView("2024", "Feb", "year.png", "month.png")
Trace(ArrayCount(TreeCommand), TreeCommand[1], TreeCommand[2])
// expect: 3, 2024, 2024\Jan

PROCEDURE AddTreeView(sNode, sMonth, sImageDate, sImage)<zombie comment = "use AjFull">

// Check to find out whether the year exists
IF TreeStatus(TreeCommand, sNode) = tvError THEN
	// it does not exist, create it with all the months
	TreeAdd(TreeCommand, sNode, sImageDate, sImageDate, "", tvLast)
	AddMonth(sNode)
END

PROCEDURE TreeStatus(arrTree is array of strings, sNode)
IF ArraySeek(arrTree, asLinear, sNode) = -1 THEN RESULT tvError
RESULT 1

PROCEDURE TreeAdd(arrTree is array of strings, sNode, *)
ArrayAdd(arrTree, sNode)

PROCEDURE AddMonth(sNode)
TreeAdd(TreeCommand, sNode + "\Jan")
TreeAdd(TreeCommand, sNode + "\Feb")
