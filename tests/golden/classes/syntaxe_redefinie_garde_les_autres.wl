// Une classe dérivée qui redéfinit une syntaxe d'une méthode de son ancêtre qui en a
// plusieurs garde les autres syntaxes de l'ancêtre : chaque appel exécute la syntaxe que
// ses paramètres choisissent, celle redéfinie remplacée (décidé, déduit de ?6010014)
CBase est une Classe
FIN
CDérivée est une Classe
	hérite de CBase
FIN
CFeuille est une Classe
	hérite de CDérivée
FIN
o est une CDérivée
Trace(o.Affiche(1), o.Affiche("a"), o.Affiche(1, 2)) // expect: dérivée entier 1 / base entier 1, base texte a, base paire 12
f est une CFeuille
Trace(f.AFFICHE(1), f.affiche("a")) // expect: dérivée entier 1 / base entier 1, feuille texte a
d est une CBase dynamique = allouer une CFeuille
Trace(d.Affiche(7), d.Affiche("z")) // expect: dérivée entier 7 / base entier 7, feuille texte z
// expect error: no syntax of Affiche takes 3 parameter(s); its syntaxes: Affiche(n est un entier), Affiche(sTexte est une chaîne), Affiche(a est un entier, b est un entier)
Trace(o.Affiche(1, 2, 3)) // wl: ignore[WL104]
PROCÉDURE CBase::Affiche(n est un entier)
RENVOYER "base entier " + n
PROCÉDURE CBase::Affiche(sTexte est une chaîne)
RENVOYER "base texte " + sTexte
PROCÉDURE CBase::Affiche(a est un entier, b est un entier)
RENVOYER "base paire " + a + b
PROCÉDURE CDérivée::Affiche(n est un entier)
RENVOYER "dérivée entier " + n + " / " + Ancêtre:Affiche(n)
PROCÉDURE CFeuille::Affiche(sTexte est une chaîne)
RENVOYER "feuille texte " + sTexte
