// Un petit stock écrit comme dans l'IDE : un ensemble de procédures (COL_Stock.wdg : ses
// constantes, une énumération, une structure et un tableau global dans ses déclarations)
// et une classe (CJournal.wdc : membres privés, un membre global, un constructeur), dans
// stock_ensemble_et_classe_fr.files/, appelés par ce script comme wl run le fait. Écrit
// pour les tests (aucun code tiers). Twin anglais : stock_set_and_class_en.wl.
oJournal est un CJournal("Journal du dépôt")
AjouteArticle("vis-m6", "Vis M6 inox", 120, 0.08)
AjouteArticle(" ECR-M6 ", "Écrou M6", 3, 0.05)
AjouteArticle("RON-M6", "Rondelle M6", 4, 0.02)
AjouteArticle("CHE-10", "Cheville 10 mm")
Trace(gtabArticles..Occurrence, gtabArticles[2].sRéférence, IndiceArticle("ron-m6"), IndiceArticle("inconnu"))
// expect: 4, ECR-M6, 3, -1
oJournal.Note("Sortie de 20 VIS-M6 : reste " + Mouvemente("VIS-M6", Sortie, 20))
oJournal.Note("Entrée de 50 CHE-10 : reste " + Mouvemente("che-10", EMouvement.Entrée, 50))
QUAND EXCEPTION DANS
	Mouvemente("ECR-M6", Sortie, 10)
FAIRE
	oJournal.Note("Refusé : " + ExceptionInfo(errMessage))
FIN
quand exception dans
	Mouvemente("XXX", Inventaire, 1)
faire
	oJournal.Note("Refusé : " + ExceptionInfo(errMessage))
fin
Mouvemente("RON-M6", Inventaire, 2)
Trace(ArticlesEnAlerte())
// expect: RON-M6 (2), ECR-M6 (3)
moHT, moTTC sont des monétaires
(moHT, moTTC) = ValeurStock()
Trace(moHT, moTTC, gnMouvements)
// expect: 8.19, 9.83, 3
Trace(oJournal.Texte())
// expect: Journal du dépôt
// expect: 01. Sortie de 20 VIS-M6 : reste 100
// expect: 02. Entrée de 50 CHE-10 : reste 50
// expect: 03. Refusé : Stock insuffisant pour ECR-M6 : 3 < 10
// expect: 04. Refusé : Article inconnu : XXX
Trace(oJournal.NbLignes(), CJournal::gnJournaux)
// expect: 4, 1
