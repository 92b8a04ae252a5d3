// Count: the generic count (elements of an array, keys of an associative array,
// occurrences in a string), the function form of v.Count()
t is array of int = [4, 5, 6]
aa is associative array of int
aa["x"] = 1
aa["y"] = 2
Trace(Count(t), t.Count(), Count(aa)) // expect: 3, 3, 2
Trace(Count("banana", "an"), "banana".Count("a")) // expect: 2, 3
Trace(Count("A-a-A", "a", IgnoreCase)) // expect: 3
Trace(Count("abc")) // expect error: Count: give the text to count as second parameter when counting in a string, or count an array.
