package dev.precis.components.panacea;

import dev.precis.tlm.Component;
import dev.precis.tlm.describe.ComponentDescriptor;
import dev.precis.tlm.describe.ComponentType;
import dev.precis.tlm.describe.Params;

/** Self-description of Panacea's RLE encoder ({@link RleCodecComponent} encoding WRITEs before write-back). */
public final class RleEncoderType implements ComponentType {
    public static final String NAME = "rle-encoder";
    private static final ComponentDescriptor DESCRIPTOR = RleCodecTypes.descriptor(NAME,
            "Panacea RLE encoder: compresses activation HO slices of WRITE transfers before write-back");

    @Override
    public ComponentDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Component create(Params p) {
        return RleCodecTypes.create(NAME, RleCodec.Direction.ENCODE, p);
    }
}
