// Page d'aide du mot réservé Allouer (?1511011) : ses syntaxes 1, 2 et 4 telles
// qu'écrites (la 3 crée un objet Automation : Windows seulement), avec des Trace.
// Syntaxe 1
TableauClient est un tableau dynamique
// Allocation de ce tableau dynamique
TableauClient = allouer un tableau dynamique de 4 par 7 entiers
TableauClient[4,7] = 1
Trace(TableauClient[4,7]) // expect: 1
// Syntaxe 2
MFichier est une Classe 
Nom est une chaîne
Extension est une chaîne
Répertoire est une chaîne
FIN
FichierSource est un objet MFichier dynamique
Trace(FichierSource = Null) // expect: 1
// Instanciation de l'objet
FichierSource = allouer un MFichier
// Traitement sur l'objet
FichierSource.Nom = "Rapport"
Trace(FichierSource.Nom) // expect: Rapport
// Syntaxe 4
RefProduit est une Structure
CodeF est un entier
CodePr est une chaîne fixe sur 10
FIN

Fauteuil est une RefProduit dynamique
Chaise est une RefProduit dynamique
Fauteuil = allouer une RefProduit
Fauteuil:CodeF = 7
Fauteuil:CodePr = "Meuble"
Trace(Fauteuil:CodeF, Fauteuil:CodePr, Chaise = Null) // expect: 7, Meuble    , 1
