// a subscript right after an array literal reads its element (issue 8): ["a","b"][i]
i is int = 2
Trace(["a", "b"][i]) // expect: b
Trace([10, 20, 30][1] + [[1, 2], [3, 4]][2][1]) // expect: 13
Days is array of string = ["Mon", "Tue"]
Trace(Days[1] + ["!", "?"][i]) // expect: Mon?
Trace([1, 2][3]) // expect error: 3
