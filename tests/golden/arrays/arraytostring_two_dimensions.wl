// ArrayToString on a two-dimensional array: columns separated by the second parameter
// (TAB by default), rows by the third (CR by default) (INFERRED: docs/builtins.md).
// Before, the rows ran together with the column separator.
Sales is array of 2 by 3 int
Sales[1, 1] = 10; Sales[1, 2] = 20; Sales[1, 3] = 30
Sales[2, 1] = 40; Sales[2, 2] = 50; Sales[2, 3] = 60
Trace(ArrayToString(Sales, ";", " | "))
// expect: 10;20;30 | 40;50;60
Trace(Replace(Replace(ArrayToString(Sales), TAB, ","), CR, "/"))
// expect: 10,20,30/40,50,60
// A one-dimensional array has no rows: the third parameter is not used
Days is array of strings = ["Mon", "Tue"]
Trace(ArrayToString(Days, "-", "|"))
// expect: Mon-Tue
