package dev.precis.components.panacea;

import dev.precis.tlm.Component;
import dev.precis.tlm.describe.ComponentDescriptor;
import dev.precis.tlm.describe.ComponentType;
import dev.precis.tlm.describe.Params;

/** Self-description of Panacea's RLE decoder ({@link RleCodecComponent} decoding READs on load). */
public final class RleDecoderType implements ComponentType {
    public static final String NAME = "rle-decoder";
    private static final ComponentDescriptor DESCRIPTOR = RleCodecTypes.descriptor(NAME,
            "Panacea RLE decoder: reads compressed activation HO slices and expands them on load");

    @Override
    public ComponentDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Component create(Params p) {
        return RleCodecTypes.create(NAME, RleCodec.Direction.DECODE, p);
    }
}
