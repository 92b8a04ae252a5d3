// Un membre d'un élément de Attache est en lecture seule ; l'erreur le nomme tel qu'il
// est écrit (il était montré en minuscules). POUR TOUT lit les éléments comme m.Attache[n].
m est un Email
m.Attache[1] = "bilan.txt"
Ajoute(m.Attache, "logo.png")
POUR TOUT pj DE m.Attache
    Trace(pj.Nom, pj.TypeContenu)
FIN
// expect: bilan.txt, text/plain
// expect: logo.png, image/png
POUR TOUT ÉLÉMENT pj, i DE m.Attache
    Trace(i, pj.Nom = m.Attache[i].Nom)
FIN
// expect: 1, 1
// expect: 2, 1
m.Attache[1]..typecontenu = "image/png" // expect error: 'TypeContenu' of an element of Attach is read only
