// CSVToArray / ArrayToCSV: ";" by default, quotes doubled, lines CR LF
Person is Structure
  Name is string
  Age is int
END
people is array of Person
CSVToArray("Smith;42" + CR + """Doe; Jane"";7" + CR, people)
Trace(ArrayCount(people), people[2].Name, people[2].Age + 1) // expect: 2, Doe; Jane, 8
Trace(ArrayToCSV(people)) // expect: Smith;42
// expect: "Doe; Jane";7
CSVToArray("Solo", people)
Trace(ArrayCount(people), people[1].Name, people[1].Age) // expect: 1, Solo, 0
g is array of 0 by 0 strings
CSVToArray("a,b,c" + CR + "d,""e """"q"""" "",", g, ",")
Trace(ArrayCount(g, 1), ArrayCount(g, 2), g[2, 2], "[" + g[2, 3] + "]") // expect: 2, 3, e "q" , []
Trace(ArrayToCSV(g, ",")) // expect: a,b,c
// expect: d,"e ""q"" ",
CSVToArray("1;2;3" + Charact(10) + "4", g)
Trace(ArrayCount(g, 1), ArrayCount(g, 2), "[" + g[2, 3] + "]") // expect: 2, 3, []
CSVToArray("""two" + CR + "lines"";x", g)
Trace(ArrayCount(g, 1), Length(g[1, 1]), g[1, 2]) // expect: 1, 10, x
n is array of 0 by 0 int
CSVToArray("1;2" + CR + "3;4", n)
Trace(n[1, 2] + n[2, 1]) // expect: 5
m is array of strings = ["x;y", "z"]
Trace(ArrayToCSV(m)) // expect: "x;y"
// expect: z
r is array of 0 by 0 strings = CSVToArray("1;2" + CR + "3;4")
Trace(r[2, 1], ArrayCount(CSVToArray(""), 1)) // expect: 3, 0
CSVToArray("""open;1", g)
Trace(ErrorOccurred, ArrayCount(g, 1)) // expect: 1, 0
Trace(ErrorInfo()) // expect: CSVToArray: a quoted field is not closed.
CSVToArray("a;b;c", people) // expect error: CSVToArray: line 1 has 3 fields, more than the 2 members of Person.
