// TableauAjouteLigne avec plusieurs valeurs pour un Variant que rien n'a encore écrit : il
// reçoit un tableau à une dimension, qui prend une valeur, et l'exécution s'arrête là
vLigne est un Variant // warning: WL204:1 'vLigne' is used but never assigned: it always holds its default value
TableauAjouteLigne(vLigne, 1, 2) // error: WL115:1 TableauAjouteLigne: a one-dimensional array takes one value, an element (2 were given); a row of several values needs a two-dimensional array
vUne est un Variant
TableauAjouteLigne(vUne, 1)
vFait est un Variant
vFait = Grille()
TableauAjouteLigne(vFait, 1, 2)
Trace(vLigne, vUne, vFait)
PROCÉDURE Grille()
t est un tableau de 0 par 2 entiers
RENVOYER t
