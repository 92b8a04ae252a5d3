// a GLOBAL method named through its class without arguments, with a dot or `::`, is a
// reference to it, as a procedure so named is: ArraySort's comparison procedure
// (`CSorter.Compare` was the call `CSorter.Compare()`, WL104) (docs/semantics.md)
CSorter is Class
END
t is array of int = [3, 1, 2]
ArraySort(t, asFunction, CSorter.Compare)
Trace(t[1], t[2], t[3]) // expect: 3, 2, 1
t2 is array of int = [5, 9, 7]
t2.Sort(asFunction, CSORTER::compare)
Trace(t2[1], t2[2], t2[3]) // expect: 9, 7, 5
p is procedure = CSorter.Compare
Trace(p(1, 2)) // expect: 1
Trace(CSorter.Label) // expect: descending
PROCEDURE GLOBAL CSorter::Compare(a, b)
IF a < b THEN RESULT 1
IF a > b THEN RESULT -1
RESULT 0
PROCEDURE GLOBAL CSorter::Label()
RESULT "descending"
