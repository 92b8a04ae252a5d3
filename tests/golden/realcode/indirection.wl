// {name} reads and writes main-code variables by name; other names fail clearly
sNom1 is string = "Alice"
n is int = 1
{"n"} = "41"
Trace(n + 1) // expect: 42
Trace({"SNOM" + (n - 40)}) // expect: Alice
Trace({"SAI_Nom"}..Valeur) // expect error: control SAI_Nom: not available outside the IDE
