// An `inherits from` line names one parent (?6010007: each ancestor on its own line);
// what follows the name on that line is refused: `inherits from CB, CC` dropped CC
// silently (its objects were not CC, had none of its members). Decided: docs/semantics.md
// "Several ancestors".
CB is Class
END
CC is Class
END
CA is Class
    inherits from CB, CC // expect error: unexpected ','; expected end of line
END
