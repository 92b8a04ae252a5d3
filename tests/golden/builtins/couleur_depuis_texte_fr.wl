// Un texte rangé dans une Couleur : une couleur HTML "#RRVVBB" (ou "#RVB") est cette
// couleur, comme HTMLVersRVB la lit ; un nombre écrit en texte est ce nombre ; tout autre
// texte arrête l'exécution avec des mots. Chaque texte était lu comme un nombre : "#FF0000"
// donnait du noir (0) sans un mot. De même dans une déclaration, une affectation, un
// membre de structure, un élément de tableau, un paramètre et depuis un Variant.
// INFERRED : docs/builtins.md "A text stored into a Color".
cTitre est une Couleur = "#FF0000"
Trace(cTitre, cTitre = RougeClair, cTitre.Rouge) // expect: 255, 1, 255
cTitre = "#00f"
Trace(cTitre = BleuClair, RVBVersHTML(cTitre)) // expect: 1, #0000FF
cTitre = "65280"
Trace(cTitre = VertClair) // expect: 1
STThème est une Structure
    cFond est une Couleur
FIN
stThème est un STThème
stThème.cFond = "#102030"
Trace(stThème.cFond.Rouge, stThème.cFond.Vert, stThème.cFond.Bleu) // expect: 16, 32, 48
tabPalette est un tableau de Couleurs
TableauAjoute(tabPalette, "#FFFFFF")
Trace(tabPalette[1] = Blanc) // expect: 1
tabPalette[1] = "#808080"
Trace(tabPalette[1] = GrisFoncé) // expect: 1
vDuFichier est un Variant = "#FFFF00"
cTitre = vDuFichier
Trace(cTitre = JauneClair) // expect: 1
Montrée("#C0C0C0") // expect: 192, 192, 192
QUAND EXCEPTION DANS
    cTitre = "rouge"
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: 'rouge' is not a colour: a Color takes a number (RGB(r, g, b), a colour constant) or an HTML colour "#RRGGBB".
FIN
QUAND EXCEPTION DANS
    cTitre = "#12345"
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: '#12345' is not a colour: a Color takes a number (RGB(r, g, b), a colour constant) or an HTML colour "#RRGGBB".
FIN
Trace(cTitre = JauneClair) // expect: 1

PROCÉDURE Montrée(cEncre est une Couleur)
Trace(cEncre.Rouge, cEncre.Vert, cEncre.Bleu)
