// `p -= Proc` sur une variable Procédure qui contient Proc plusieurs fois les retire toutes
// (décidé, docs/semantics.md "A Procedure variable holding several procedures" : aucune
// page stockée ne décrit += et -= sur les procédures ; après p -= Proc, Proc n'est plus
// appelée).
p est une procédure = Proc1
p += Proc2
p += Proc1
p()
// expect: un
// expect: deux
// expect: un
p -= Proc1
p()
// expect: deux
p -= Proc2
Trace(p = Null)   // expect: 1
PROCÉDURE Proc1()
Trace("un")
PROCÉDURE Proc2()
Trace("deux")
