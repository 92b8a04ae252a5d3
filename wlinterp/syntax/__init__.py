"""The front end: source text to AST.

lexer (tokens) -> statements (separators, multi-word keywords) -> parser (LALR on
grammar/wlanguage.lark) -> builder / expr_builder (AST in nodes.py; precedence.py,
interpolation.py). names.py folds names (case and accents); winfile.py reads the WLanguage
code out of WINDEV's text-format project files. Nothing here imports the compiler or the
runtime.
"""
