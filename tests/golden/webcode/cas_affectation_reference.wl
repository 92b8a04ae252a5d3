// Un CAS dont l'action, sur la ligne même du CAS après ses deux-points, est une
// affectation par référence (`CAS Google : clProviderInstance <- allouer un
// CGoogleProvider(sUrl)`, un SDK Firebase pour WINDEV qui choisit son fournisseur de
// connexion) : c'était "unexpected '<'" (le lexeur lisait `< -` : il ne connaissait le
// début d'une instruction qu'en début de ligne ou après ALORS / SINON).
IFournisseur est une Interface
	PROCÉDURE Nom() : chaîne
FIN
CFournisseurMail est une Classe
	implémente IFournisseur
FIN
CFournisseurTéléphone est une Classe
	implémente IFournisseur
	sNuméro est une chaîne
FIN
Trace(Choisi("mail")) // expect: par mail
Trace(Choisi("téléphone")) // expect: par téléphone 555
Trace(Choisi("autre")) // expect: aucun

PROCÉDURE Choisi(sSorte est une chaîne) : chaîne
pFournisseur est un IFournisseur
SELON sSorte
	CAS "mail" : pFournisseur <- allouer un CFournisseurMail
	CAS "téléphone" : pFournisseur <- allouer un CFournisseurTéléphone("555")
	AUTRE CAS : RENVOYER "aucun"
FIN
RENVOYER pFournisseur.Nom()

PROCÉDURE CFournisseurMail::Nom() : chaîne
RENVOYER "par mail"

PROCÉDURE CFournisseurTéléphone::Constructeur(sDonné est une chaîne)
:sNuméro = sDonné

PROCÉDURE CFournisseurTéléphone::Nom() : chaîne
RENVOYER "par téléphone " + :sNuméro
