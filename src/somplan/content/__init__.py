"""Content: the YAML files under questions/ read with positions, validated into models and
cross-checked (the flow, the channel catalogue, the rules and the organisation profile)."""
