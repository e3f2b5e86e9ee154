"""fourgood: validate, score and report on "4 Good Party Cell" (Chi bộ 4 tốt) data kept as YAML."""

__version__ = "0.1.0"
