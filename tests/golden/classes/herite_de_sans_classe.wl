// `hérite de` sans classe après est une erreur de syntaxe : la classe héritait d'une
// classe inconnue nommée « de », avec un simple avertissement.
CA est une Classe
    HÉRITE DE // expect error: unexpected 'DE'
FIN
