// Un Variant réaffecté dans une boucle pour bâtir une chaîne (`w.enfant = v`, `v = w`),
// puis copié : chaque copie reste une copie, quoi qu'elle contienne et si profond que soit
// le changement, et une valeur désignée avant une copie (un tableau, un paramètre, la
// variable d'un POUR TOUT) est celle de l'original (docs/semantics.md "Variant
// sub-elements" : ce qu'une copie qui partage devrait encore donner).
STNoeud est une Structure
    n est un entier
    enfant est un Variant
    étiquettes est un tableau de chaînes
FIN
STFeuille est une Structure
    tab est un tableau d'entiers
FIN
STMilieu est une Structure
    feuille est un STFeuille
FIN
STHaut est une Structure
    milieu est un STMilieu
FIN
CNoeud est une Classe
    nom est une chaîne
    dedans est un Variant
FIN
v est un Variant
POUR i = 1 À 150
    w est un STNoeud
    w.n = i
    TableauAjoute(w.étiquettes, "e" + i)
    w.enfant = v
    v = w
FIN
Trace(v.n, v.enfant.n, v.enfant.enfant.enfant.n, v.enfant.enfant.enfant.étiquettes[1])   // expect: 150, 149, 147, e147
profondeur est un entier = 0
c est un Variant = v
TANTQUE c.n > 0
    profondeur++
    c = c.enfant
FIN
Trace(profondeur)   // expect: 150
// une copie changée en profondeur : l'original garde ses valeurs, et inversement
copie1 est un Variant = v
copie1.enfant.enfant.enfant.n = -1
TableauAjoute(copie1.enfant.enfant.enfant.étiquettes, "ajout")
Trace(v.enfant.enfant.enfant.n, TableauOccurrence(v.enfant.enfant.enfant.étiquettes))   // expect: 147, 1
v.enfant.enfant.enfant.enfant.n = -2
Trace(copie1.enfant.enfant.enfant.enfant.n, v.enfant.enfant.enfant.enfant.n)   // expect: 146, -2
// une structure passée par référence après une copie : toujours celle de l'original
Renumérote(v.enfant.enfant.enfant.enfant.enfant)
Trace(v.enfant.enfant.enfant.enfant.enfant.n, copie1.enfant.enfant.enfant.enfant.enfant.n)   // expect: 1000, 145
// sous-éléments de Variant imbriqués
a est un Variant
a.x.y.z = 1
b est un Variant = a
b.x.y.z = 2
a.x.y.w = 3
Trace(a.x.y.z, b.x.y.z, a.x.y.w, b.x.y.w..Existe)   // expect: 1, 2, 3, 0
// un tableau de tableaux, un tableau associatif, un objet et un JSON à deux niveaux de profondeur
t est un tableau de tableaux d'entiers
TableauAjoute(t, [1, 2])
ta est un tableau associatif de Variants
ta["k"].m.n = 1
o est un CNoeud
o.dedans.fond.x = 1
j est un JSON
j.a.b.c = 1
porteur est un Variant
porteur.boîte.t = t
porteur.boîte.ta = ta
porteur.boîte.o = o
porteur.boîte.j = j
autre est un Variant = porteur
autre.boîte.t[1][1] = 50
autre.boîte.ta["k"].m.n = 2
autre.boîte.o.dedans.fond.x = 2
autre.boîte.j.a.b.c = 2
Trace(porteur.boîte.t[1][1], porteur.boîte.ta["k"].m.n, porteur.boîte.o.dedans.fond.x, porteur.boîte.j.a.b.c)   // expect: 1, 1, 1, 1
Trace(autre.boîte.t[1][1], autre.boîte.ta["k"].m.n, autre.boîte.o.dedans.fond.x, autre.boîte.j.a.b.c)   // expect: 50, 2, 2, 2
porteur.boîte.t[1][2] = 60
Trace(autre.boîte.t[1][2], porteur.boîte.t[1][2], t[1][2])   // expect: 2, 60, 2
// les éléments d'un tableau partagé parcourus par POUR TOUT et changés : la copie garde les siens
liste est un Variant
POUR i = 1 À 3
    e est un STNoeud
    e.n = i
    liste.éléments[i] = e
FIN
instantané est un Variant = liste
POUR TOUT e2 DE liste.éléments
    e2.n = e2.n * 10
FIN
Trace(liste.éléments[3].n, instantané.éléments[3].n)   // expect: 30, 3
// un tableau désigné avant une copie, trois niveaux plus bas, changé après elle
haut est un STHaut
TableauAjoute(haut.milieu.feuille.tab, 1)
alias est un tableau d'entiers = haut.milieu.feuille.tab
cliché est un STHaut = haut
TableauAjoute(alias, 2)
Trace(TableauOccurrence(cliché.milieu.feuille.tab), TableauOccurrence(haut.milieu.feuille.tab))   // expect: 1, 2
porteur2 est un Variant = haut
TableauAjoute(alias, 3)
Trace(TableauOccurrence(porteur2.milieu.feuille.tab), TableauOccurrence(cliché.milieu.feuille.tab), TableauOccurrence(haut.milieu.feuille.tab))   // expect: 2, 1, 3
// un paramètre passé par référence, changé après une copie de ce qui le contient
Trace(CopiePuisChange(haut.milieu.feuille, haut), TableauOccurrence(haut.milieu.feuille.tab))   // expect: 3, 4
// la variable d'un POUR TOUT sur un tableau trois niveaux plus bas, changée après une copie
POUR TOUT x DE haut.milieu.feuille.tab
    pendant est un STHaut = haut
    x = x * 10
    Trace(x, pendant.milieu.feuille.tab[1])   // expect: 10, 1
    SORTIR
FIN
Trace(haut.milieu.feuille.tab[1], cliché.milieu.feuille.tab[1])   // expect: 10, 1

PROCÉDURE CopiePuisChange(noeud est un STFeuille, tout est un STHaut)
    gardé est un STHaut = tout
    TableauAjoute(noeud.tab, 9)
    RENVOYER TableauOccurrence(gardé.milieu.feuille.tab)

PROCÉDURE Renumérote(noeud est un STNoeud)
    noeud.n = 1000
