// Une clé de TRIÉ PAR qui nomme un membre des éléments du tableau est ce membre même
// quand une variable porte ce nom (INFERRED, docs/semantics.md "SORTED BY a bare
// member") : `TRIÉ PAR Nom` lisait la variable Nom et la boucle gardait l'ordre.
STPersonne est une Structure
	Nom est une chaîne
	Age est un entier
FIN
Nom est une chaîne = "Monde"
Age est un entier = 26
tabPersonnes est un tableau de STPersonne
p est un STPersonne
p.Nom = "Bob"; p.Age = 25
TableauAjoute(tabPersonnes, p)
p.Nom = "Ann"; p.Age = 30
TableauAjoute(tabPersonnes, p)
POUR TOUT x DE tabPersonnes TRIÉ PAR Nom
	Trace(x.Nom)
FIN
// expect: Ann
// expect: Bob
POUR TOUT x DE tabPersonnes TRIÉ PAR -Age
	Trace(x.Nom)
FIN
// expect: Ann
// expect: Bob
POUR TOUT x DE tabPersonnes OÙ x.Age > Age
	Trace(x.Nom) // expect: Ann
FIN
Trace(Nom) // expect: Monde
