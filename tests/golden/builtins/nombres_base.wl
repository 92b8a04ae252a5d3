// Abs, Arrondi, PartieEntière, Modulo, Puissance
Trace(Abs(-3.5)) // expect: 3.5
Trace(Arrondi(2.675, 2)) // expect: 2.68
Trace(PartieEntière(9.99)) // expect: 9
Trace(PartieEntiere(-1.5)) // expect: -1
Trace(Modulo(10, 3)) // expect: 1
Trace(Puissance(10, 3)) // expect: 1000
