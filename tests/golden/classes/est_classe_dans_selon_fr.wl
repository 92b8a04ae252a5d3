// `SELON o est CClasse` : le test de classe (?6010013) comme valeur comparée par un
// SELON, comme après SI, TANTQUE ou `=`. C'était une erreur de syntaxe
// ("unexpected 'est'") : après SELON, le lexer prenait EST pour celui d'une déclaration.
CForme est une Classe
	m_sNom est une chaîne
FIN
CCarré est une Classe
	hérite de CForme
FIN
tabFormes est un tableau de CForme dynamique
TableauAjoute(tabFormes, allouer un CCarré)
TableauAjoute(tabFormes, allouer un CForme)
POUR TOUT pForme DE tabFormes
	SELON pForme EST ccarre
		CAS Vrai : Trace("un carré")
		AUTRE CAS : Trace("une autre forme")
	FIN
FIN
// expect: un carré
// expect: une autre forme
