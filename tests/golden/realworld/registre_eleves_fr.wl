// Un registre d'élèves dans le style d'un CRUD WEBDEV réel : le fichier de données
// décrit par programmation avec une seule Description de Rubrique réutilisée
// (HDécritRubrique la réinitialise), chaque commande passant par une procédure qui
// reçoit une énumération du genre de commande et de l'instruction, les paramètres
// ajoutés comme valeurs SQL, des INSERT qui omettent l'identifiant automatique (HFSQL
// les numérote), la Source de Données d'un SELECT renvoyée à l'appelant, un SELON sur
// une énumération, puis le type des rubriques relu pour nommer les colonnes.
GenreCommande est une Énumération
	REQUÊTE
	COMMANDE
FIN
Instruction est une Énumération
	_SELECT
	_INSERT
	_DELETE
FIN
fd est une Description de Fichier
rub est une Description de Rubrique
fd..Nom = "Eleve"
rub..Nom = "IDEleve" ; rub..Type = hRubIdAuto ; rub..TypeClé = hCléUnique
HDécritRubrique(fd, rub)
rub..Nom = "NomComplet" ; rub..Taille = 60 ; rub..TypeClé = hCléAvecDoublon
HDécritRubrique(fd, rub)
rub..Nom = "Note" ; rub..Type = hRubEntier
HDécritRubrique(fd, rub)
HDécritFichier(fd)
HCréation(Eleve)
Trace(ExécuteCommande("INSERT INTO Eleve (NomComplet, Note) VALUES ", GenreCommande.COMMANDE, Instruction._INSERT, ["'Ana Silva', 14", "'Bruno Costa', 9", "'Carla Dias', 17"])) // expect: 1
Trace(ExécuteCommande("DELETE FROM Eleve WHERE Note < 10", GenreCommande.COMMANDE, Instruction._DELETE)) // expect: 1
Eleve.NomComplet = "Diego Reis" ; Eleve.Note = 12
HAjoute(Eleve)
sd est une Source de Données = ExécuteCommande("SELECT IDEleve, NomComplet, Note FROM Eleve ORDER BY NomComplet", GenreCommande.REQUÊTE, Instruction._SELECT)
POUR TOUT sd
	Trace(sd.IDEleve, sd.NomComplet, sd.Note)
FIN
// expect: 1, Ana Silva, 14
// expect: 3, Carla Dias, 17
// expect: 4, Diego Reis, 12
Trace(LibelléColonne(Eleve.NomComplet..Type), LibelléColonne(Eleve.Note..Type), LibelléColonne(Eleve.IDEleve..Type)) // expect: texte, nombre, id

PROCÉDURE ExécuteCommande(sCommandeSQL est une chaîne, eGenre est un GenreCommande, eInstruction est une Instruction, paramètres est un tableau de chaînes = [])
sdRésultat est une Source de Données
sParams est une chaîne;
SI(paramètres..Occurrence > 0) ALORS
	POUR TOUT param DE paramètres
		sParams += " (" + param + "),";
	FIN
	sParams = Gauche(sParams, Taille(sParams) - 1);
	sCommandeSQL += sParams;
FIN
SI eGenre = GenreCommande.REQUÊTE ALORS
	SELON eInstruction
		CAS Instruction._SELECT:
			SI HExécuteRequêteSQL(sdRésultat, hRequêteSansCorrection, sCommandeSQL) ALORS RENVOYER sdRésultat
	FIN
	RENVOYER Null
FIN
RENVOYER HExécuteRequêteSQL(sdRésultat, hRequêteSansCorrection, sCommandeSQL)

PROCÉDURE LibelléColonne(nType est un entier) : chaîne
SELON nType
	CAS hRubTexte : RENVOYER "texte"
	CAS hRubEntier, hRubRéel : RENVOYER "nombre"
	CAS hRubIdAuto : RENVOYER "id"
FIN
RENVOYER "autre"
