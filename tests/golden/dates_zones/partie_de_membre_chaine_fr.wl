// Une partie d'une date tenue dans un membre ou un élément chaîne se modifie comme dans
// une variable chaîne (s..Année = 2021) : o.s..Année, t[1]..Mois, ts[1].s..Jour
// s'arrêtaient sur "A string has no property"
ST est une Structure
	s est une chaîne
FIN
s est une chaîne = "20200102"
s..Année = 2021
Trace(s) // expect: 20210102
o est un ST
o.s = "20200102"
o.s..Année = 2021
Trace(o.s) // expect: 20210102
t est un tableau de chaînes = ["20200102"]
t[1]..Mois = 7
Trace(t[1]) // expect: 20200702
ts est un tableau de 1 ST
ts[1].s = "20200102"
ts[1].s..Jour = 15
Trace(ts[1].s) // expect: 20200115
t[1] = "bonjour"
t[1]..Année = 2021 // expect error: A string has no property 'Année'.
