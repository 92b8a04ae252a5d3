// Un tableau d'une interface (`tableau de IForme`, `tableau de IForme dynamique`) garde
// des références aux objets qu'on y met, comme une variable de l'interface (décidé,
// docs/semantics.md "Interfaces") : les objets vivent tant que le tableau y fait
// référence, et un changement fait par une autre référence s'y voit.
IForme est une Interface
    PROCÉDURE Aire() : entier
FIN
CCarré est une Classe
    implémente IForme
    m_côté est un entier
FIN
formes est un tableau de IForme dynamique
AjouteCarré(formes, 2) // expect: carré 2 créé
Trace("retour") // expect: retour
c est un CCarré dynamique = allouer un CCarré
c.m_côté = 3
formes.Ajoute(c)
c.m_cote = 7
POUR TOUT f DE formes
    Trace(f.Aire())
FIN
// expect: 4
// expect: 49
simple est un tableau de IForme
o est un CCarré
o.m_côté = 5
TableauAjoute(simple, o)
o.m_côté = 6
Trace(simple[1].Aire()) // expect: 36
une est une IForme = formes[2]
Trace(une.Aire()) // expect: 49
Trace("fin") // expect: fin
// expect: carré 2 détruit
// expect: carré 6 détruit
// expect: carré 7 détruit
PROCÉDURE AjouteCarré(t est un tableau de IForme, côté est un entier)
fait est un CCarré dynamique = allouer un CCarré
fait.m_côté = côté
Trace("carré " + côté + " créé")
TableauAjoute(t, fait)
PROCÉDURE CCarré::Aire() : entier
RENVOYER m_côté * m_côté
PROCÉDURE CCarré::Destructeur()
Trace("carré " + m_côté + " détruit")
