"""Every sentence, label and name the engine produces, in each language it speaks."""
