// XMLRecherche sans niveaux cherche XMLSousElément + XMLContinue, comme le runtime de PC SOFT :
// tout ce qui suit la position, pas seulement dessous et après elle à son niveau
sXML est une chaîne = "<Boutique><Livre id=""l1""><Titre>Dune</Titre></Livre><Livre id=""l2""><Titre>Emma</Titre></Livre><Gérant>Anne</Gérant></Boutique>"
XMLDocument("bout", sXML)
XMLRacine("bout")
XMLRecherche("bout", "Titre")
Trace(XMLDonnée("bout"), XMLNomParent("bout")) // expect: Dune, Livre
// depuis le premier Titre, le second Livre le suit dans le document (pas à son niveau)
Trace(XMLRecherche("bout", "Livre"), XMLDonnée("bout", "id")) // expect: 1, l2
// même défaut quand seul ce qui est cherché est donné
XMLRacine("bout")
XMLRecherche("bout", "Dune", XMLValeur)
Trace(xmlrecherche("bout", "Gérant", XMLBalise), XMLDonnée("bout")) // expect: 1, Anne
// XMLSuivant continue dans tout le reste du document
XMLRacine("bout")
XMLFils("bout")
XMLRecherche("bout", "Titre")
TANTQUE XMLTrouve("bout")
	Trace(XMLDonnée("bout")) // expect: Dune
	// expect: Emma
	XMLSuivant("bout")
FIN
// les niveaux donnés explicitement limitent toujours la recherche
XMLRacine("bout")
XMLRecherche("bout", "Titre")
Trace(XMLRecherche("bout", "Livre", XMLBalise + XMLSousElément + XMLNiveauCourant), XMLNomElément("bout")) // expect: 0, Titre
Trace(XMLRECHERCHE("bout", "Livre", XMLBalise + XMLContinue), XMLDonnée("bout", "id")) // expect: 1, l2
XMLTermine("bout")
