# Warnings and hardening for every target in the tree.
add_compile_options(-Wall -Wextra)
add_compile_options(-fstack-protector-strong)
# _FORTIFY_SOURCE needs optimisation; Debug builds without -O get a warning from glibc otherwise.
add_compile_options($<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2>)
add_link_options(-pie -Wl,-z,relro -Wl,-z,now)

if(SK_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
