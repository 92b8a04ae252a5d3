// Le Null d'un Variant est égal à un numérique valant 0, comme au 0 d'un entier ou d'un
// monétaire (?1514019 : un Variant non affecté est égal à 0 et à "") : la valeur d'un
// numérique est marquée numérique (NumericHeld), et le test du Null ne connaissait que
// les types de nombres simples.
n est un numérique = 0
v est un Variant = Null
Trace(v = n, n = v) // expect: 1, 1
Trace(v <> n) // expect: 0
m est un monétaire = 0
Trace(v = m) // expect: 1
u est un Variant // wl: ignore[WL204]
Trace(u = n) // expect: 1
t est un tableau de numériques = [0, 2]
Trace(v = t[1], v = t[2]) // expect: 1, 0
n = 5
Trace(v = n) // expect: 0
