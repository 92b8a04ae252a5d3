// Tableaux associatifs : un élément modifié avant d'exister est d'abord créé (avec la
// valeur par défaut déclarée, sinon celle du type), avecDoublons et la valeur par défaut
// de la déclaration (docs/semantics.md "Arrays").
m est un tableau associatif d'entiers
m["a"] += 1
m["a"] += 1
m["b"]++
Trace(m["a"], m["b"], m..Occurrence)   // expect: 2, 1, 2
ST_P est une Structure
    nom est une chaîne
    n est un entier
FIN
ps est un tableau associatif de ST_P
ps["a"].nom = "Anne"
ps["a"].n += 2
Trace(ps["a"].nom, ps["a"].n)   // expect: Anne, 2
mm est un tableau associatif de tableau associatif d'entiers
mm["x"]["y"] = 3
Trace(mm["x"]["y"])   // expect: 3
tt est un tableau associatif de tableaux d'entiers
Ajoute(tt["k"], 4)
TableauAjoute(tt["k"], 5)
Trace(tt["k"][2], TableauOccurrence(tt["k"]))   // expect: 5, 2
s est un tableau associatif (*, "aucun") de chaînes
Trace(s["x"], s..Occurrence)   // expect: aucun, 0
d est un tableau associatif (ccSansCasse + avecDoublons, 0) d'entiers
d["É"] = 1
d["é"] = 2
Trace(d["zz"], TableauOccurrence(d), d["é"])   // expect: 0, 2, 1
POUR TOUT ÉLÉMENT x, k DE d
    Trace(k, x)
FIN
// expect: É, 1
// expect: É, 2
TableauSupprime(d, "É")
Trace(TableauOccurrence(d))   // expect: 0
