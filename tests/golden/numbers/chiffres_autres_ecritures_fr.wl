// Seuls 0-9 sont des chiffres (décidé, docs/semantics.md "Digits of other scripts") : une
// chaîne de chiffres arabes-indiens n'est pas un nombre, comme Val la lit ; elle donnait 12
s est une chaîne = "١٢"
n est un entier = s
Trace(n, Val(s), Val("12"), Val("7 pommes"))   // expect: 0, 0, 12, 7
Trace("٣" = 3, "3" = 3)                        // expect: 0, 1
x est un réel = "٣.٥"
Trace(x, Val("3.5"))                           // expect: 0, 3.5
