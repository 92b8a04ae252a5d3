// Max et Min d'un tableau (docs/builtins.md "Max and Min of an array" : décidé) : un
// tableau donné en paramètre compte pour ses éléments.
t est un tableau d'entiers = [3, 9, -2, 7]
Trace(max(t))                       // expect: 9
Trace(MIN(t))                       // expect: -2
Trace(Max(t, 12))                   // expect: 12
Trace(Min(5, t, 1))                 // expect: -2
m est un tableau associatif de réels
m["a"] = 2.5
m["b"] = -1
Trace(Max(m))                       // expect: 2.5
vide est un tableau d'entiers
Trace(Min(vide))                    // expect error: Min: the array is empty
