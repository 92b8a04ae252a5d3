// CSVVersTableau / TableauVersCSV : « ; » par défaut, guillemets doublés, lignes RC
Person est une Structure
  Name est une chaîne
  Age est un entier
FIN
people est un tableau de Person
CSVVersTableau("Smith;42" + RC + """Doe; Jane"";7" + RC, people)
Trace(TableauOccurrence(people), people[2].Name, people[2].Age + 1) // expect: 2, Doe; Jane, 8
Trace(TableauVersCSV(people)) // expect: Smith;42
// expect: "Doe; Jane";7
CSVVersTableau("Solo", people)
Trace(TableauOccurrence(people), people[1].Name, people[1].Age) // expect: 1, Solo, 0
g est un tableau de 0 par 0 chaînes
CSVVersTableau("a,b,c" + RC + "d,""e """"q"""" "",", g, ",")
Trace(TableauOccurrence(g, 1), TableauOccurrence(g, 2), g[2, 2], "[" + g[2, 3] + "]") // expect: 2, 3, e "q" , []
Trace(TableauVersCSV(g, ",")) // expect: a,b,c
// expect: d,"e ""q"" ",
CSVVersTableau("1;2;3" + Caract(10) + "4", g)
Trace(TableauOccurrence(g, 1), TableauOccurrence(g, 2), "[" + g[2, 3] + "]") // expect: 2, 3, []
CSVVersTableau("""two" + RC + "lines"";x", g)
Trace(TableauOccurrence(g, 1), Taille(g[1, 1]), g[1, 2]) // expect: 1, 10, x
n est un tableau de 0 par 0 entiers
CSVVersTableau("1;2" + RC + "3;4", n)
Trace(n[1, 2] + n[2, 1]) // expect: 5
m est un tableau de chaînes = ["x;y", "z"]
Trace(TableauVersCSV(m)) // expect: "x;y"
// expect: z
r est un tableau de 0 par 0 chaînes = CSVVersTableau("1;2" + RC + "3;4")
Trace(r[2, 1], TableauOccurrence(CSVVersTableau(""), 1)) // expect: 3, 0
CSVVersTableau("""open;1", g)
Trace(ErreurDétectée, TableauOccurrence(g, 1)) // expect: 1, 0
Trace(ErreurInfo()) // expect: CSVVersTableau: a quoted field is not closed.
CSVVersTableau("a;b;c", people) // expect error: CSVVersTableau: line 1 has 3 fields, more than the 2 members of Person.
