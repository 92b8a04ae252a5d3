// un type inconnu est une erreur
c est un Machin // expect error: unknown type 'Machin'
