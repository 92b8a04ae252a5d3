// Une affectation composée est l'opération écrite en entier ("Opérateurs arithmétiques"
// ?1512008 : "j += 3 est équivalent à j = j + 3"), aussi quand la valeur ajoutée est un
// nullable à Null (décidé, docs/semantics.md "Compound assignments with a Null
// operand") : la somme est Null, rangée comme la valeur vide de la cible sans `?`
// (entier, réel, monétaire : 0 ; chaîne : ""), et comme Null dans un `entier?` ou un variant.
STC est une Structure
	nQté est un entier
	sNom est une chaîne
FIN
n est un entier? = Null
s2 est une chaîne? = Null
i est un entier = 5
i += n
j est un entier = 5
j = j + n
Trace(i, j) // expect: 0, 0
i = 7
i -= n
Trace(i) // expect: 0
r est un réel = 2.5
r += n
c est un monétaire = 3.25
c -= n
Trace(r, c) // expect: 0, 0
s est une chaîne = "ab"
s += s2
s3 est une chaîne = "ab"
s3 = s3 + s2
Trace("[" + s + "]", "[" + s3 + "]") // expect: [], []
st est un STC
st.nQté = 5
st.nQté += n
st.sNom = "x"
st.sNom += s2
Trace(st.nQté, "[" + st.sNom + "]") // expect: 0, []
t est un tableau d'entiers = [1, 2]
t[2] += n
Trace(t[2]) // expect: 0
k est un entier? = 4
k += n
k2 est un entier? = 4
k2 = k2 + n
Trace(k = Null, k2 = Null) // expect: 1, 1
v est un Variant = 4
v += n
Trace(v = Null, TypeVar(v) = wlNull) // expect: 1, 1
// Une valeur non Null s'ajoute comme avant
n = 3
i = 5
i += n
s2 = "c"
s += s2
Trace(i, s) // expect: 8, c
