// POUR TOUT sur un tableau de structures (ou un tableau associatif, un tableau d'objets) :
// les membres de la variable de parcours gardent leur type déclaré, les membres Heure,
// Date et Durée se calculent comme tels (la soustraction de deux Heures retranchait leurs
// chiffres comme des nombres).
STService est une Structure
	sNom est une chaîne
	hDébut est une Heure
	hFin est une Heure
	dJour est une Date
FIN
tabServices est un tableau de STService = [["Anne", "0800", "1200", "20240311"], ["Bruno", "1330", "1800", "20240312"]]
POUR TOUT stS DE tabServices
	duService est une Durée = stS.hFin - stS.hDébut
	Trace(stS.sNom, duService..EnHeures, (stS.hDébut + 1 h).VersChaîne("HH:mm"), DateVersJourEnLettre(stS.dJour + 1))
FIN
// expect: Anne, 4, 09:00, mardi
// expect: Bruno, 4.5, 14:30, mercredi
POUR TOUT stS DE tabServices
	stS.hDébut..Minute += 15
FIN
Trace(tabServices[1].hDébut, tabServices[2].hDébut) // expect: 08150000, 13450000
taParNom est un tableau associatif de STService
taParNom["Anne"] = tabServices[1]
POUR TOUT stS, sClé DE taParNom
	Trace(sClé, (stS.hFin - stS.hDébut)..EnMinutes) // expect: Anne, 225
FIN
CService est une Classe
	m_hDébut est une Heure
	m_hFin est une Heure
FIN
tabObjets est un tableau de CService dynamique
o est un CService dynamique = allouer un CService
o.m_hDébut = "2200"
o.m_hFin = "2330"
TableauAjoute(tabObjets, o)
POUR TOUT oS DE tabObjets
	Trace((oS.m_hFin - oS.m_hDébut)..EnMinutes) // expect: 90
FIN
