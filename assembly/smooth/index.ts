// Placeholder for the transcendental kernels (written on another branch; replaced on merge).
